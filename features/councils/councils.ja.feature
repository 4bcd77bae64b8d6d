# language: ja
@councils
機能: 地域自立支援協議会の差と、区の会議体での検討（L2, L17）
  墨東病院は「地域自立支援協議会の機能、相談支援専門員の育成等、区ごとに差がある」と述べ（墨東 (4)②）、
  区ごとにアプローチプランを策定するとした。江東区の地域自立支援協議会では検討が始まり、
  新宿区では在宅療養専門部会が小児在宅医療の検討に合意した（墨東 成果⑤、慶應 ※）。
  協議会がない区は設け、あれば子ども部会を置き、小児在宅医療を常設の会議体の議題にのせる。

  @L2 @L17 @T1
  シナリオ: 協議会に子ども部会がない区は、議題化ののちに部会を設ける
    前提 次のプロファイルの区:
      | 項目                                  | 値    |
      | council.exists                        | true  |
      | council.children_subcommittee         | false |
      | council.pediatric_home_care_on_agenda | false |
    もし 評価する
    ならば 計画に "children-subcommittee" が含まれる
    かつ "children-subcommittee" はルール "l2.no-children-subcommittee" による
    かつ "council-agenda" は "children-subcommittee" より上位である
    かつ "children-subcommittee" は "council-agenda" の終了後に始まる

  @L2 @T4
  シナリオ: 医療的ケア児の研修を修了した相談支援専門員がいない区は、専門員を育成する
    前提 specialists.trained_medical_care が 0 の区
    もし 評価する
    ならば 計画に "specialist-training" が含まれる
    かつ "specialist-training" はルール "l2.specialists-untrained" による
    かつ "specialist-training" は 2027-04 に始まる

  @L2 @L17 @T1
  シナリオ: 協議会のない区は、協議会の議題と協議の場を用意する
    前提 council.exists が false の区
    もし 評価する
    ならば 計画に "council-agenda" が含まれる
    かつ 計画に "establish-consultation-body" が含まれる
    かつ "establish-consultation-body" はルール "l2.no-council" による
    かつ モデルの役割 "council" が欠けている

  @L17 @T1
  シナリオ: 江東区の協議会が小児在宅医療を扱っていなければ、議題にのせる
    前提 区 "koto" のプロファイル
    かつ council.exists を true とする
    かつ council.pediatric_home_care_on_agenda を false とする
    もし 評価する
    ならば 計画に "council-agenda" が含まれる
    かつ "council-agenda" はルール "l17.not-on-agenda" による
    かつ モデルの役割 "council" が存在する

  @L17 @T1
  シナリオ: 江東区の協議会での検討開始は2014年3月の記録で、当時は議題化は不要、現在は要確認として調査で確かめる
    前提 区 "koto" のプロファイル
    もし 2014-03 時点で評価する
    ならば 計画に "council-agenda" が含まれない
    かつ ルール "l17.not-on-agenda" が該当しない
    もし 2026-11 時点で評価する
    ならば ルール "l17.not-on-agenda" が判定不能である
    かつ データギャップ "council.pediatric_home_care_on_agenda" が調査 "baseline-survey" とともに挙がる

  @L17 @L2 @T1
  シナリオ: 協議会はあるが年間に一度も開かれていない区は、議題にのせて開く
    前提 次のプロファイルの区:
      | 項目                                  | 値   |
      | council.exists                        | true |
      | council.meetings_per_year             | 0    |
      | council.pediatric_home_care_on_agenda | true |
    もし 評価する
    ならば 計画に "council-agenda" が含まれる
    かつ "council-agenda" はルール "l17.council-silent" による
