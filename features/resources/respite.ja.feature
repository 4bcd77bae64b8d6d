# language: ja
@resources
機能: 社会資源の不足、とりわけレスパイト（L3）
  墨東病院は「社会資源の不足」を挙げ、来年度に向けて「在宅移行病床、レスパイト病床確保」を掲げた
  （墨東 (4)③、来年度に向けて③）。100人あたり5床・2床という目安は分析者が置いた計画上の閾値で、
  報告書の数値ではない（rules/report-2014.yaml の l3.few-respite-beds、l3.few-home-transition-beds）。

  @L3 @T3 @T4
  シナリオ: レスパイト病床も在宅移行病床も在宅レスパイトもない区は、それぞれを確保する
    前提 次のプロファイルの区:
      | 項目                 | 値    |
      | beds.respite_child   | 0     |
      | beds.home_transition | 0     |
      | beds.in_home_respite | false |
    もし 評価する
    ならば 計画に "respite-beds" が含まれる
    かつ 計画に "in-home-respite" が含まれる
    かつ 計画に "home-transition-beds" が含まれる
    かつ "respite-beds" はルール "l3.no-respite-beds" による
    かつ "respite-beds" は "home-transition-beds" より上位である
    かつ "respite-beds" は 2027-04 に始まる

  @L3 @T3
  シナリオ: 医療的ケア児79人にレスパイト病床2床（100人あたり約2.5床）は目安の5床に届かない
    前提 次のプロファイルの区:
      | 項目                  | 値   |
      | beds.respite_child    | 2    |
      | children.medical_care | 79   |
      | beds.in_home_respite  | true |
    もし 評価する
    ならば 計画に "respite-beds" が含まれる
    かつ "respite-beds" はルール "l3.few-respite-beds" による
    かつ ルール "l3.few-respite-beds" が該当する
    かつ 計画に "in-home-respite" が含まれない

  @L3 @T3
  シナリオ: 医療的ケア児100人にレスパイト病床4床は、目安の100人あたり5床に届かない
    前提 次のプロファイルの区:
      | 項目                  | 値   |
      | beds.respite_child    | 4    |
      | children.medical_care | 100  |
      | beds.in_home_respite  | true |
    もし 評価する
    ならば 計画に "respite-beds" が含まれる
    かつ ルール "l3.few-respite-beds" が該当する

  @L3 @T3
  シナリオ: 医療的ケア児100人にレスパイト病床5床は目安を満たす（境界）
    前提 次のプロファイルの区:
      | 項目                  | 値   |
      | beds.respite_child    | 5    |
      | children.medical_care | 100  |
      | beds.in_home_respite  | true |
    もし 評価する
    ならば 計画に "respite-beds" が含まれない
    かつ ルール "l3.few-respite-beds" が該当しない
    かつ ルール "l3.few-respite-beds" の説明に "beds.respite_child = 5" が表示される

  @L3 @T2
  シナリオ: 医療的ケア児の数が分からなければ、病床の目安は判定できず、まず児の数を調べる
    前提 次のプロファイルの区:
      | 項目                  | 値      |
      | beds.respite_child    | 2       |
      | children.medical_care | unknown |
    もし 評価する
    ならば ルール "l3.few-respite-beds" が判定不能である
    かつ ルール "l3.few-respite-beds" の説明が不明な項目 "children.medical_care" を挙げる
    かつ データギャップ "children.medical_care" が調査 "baseline-survey" とともに挙がる
    かつ 計画に "respite-beds" が含まれない
