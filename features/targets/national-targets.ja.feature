# language: ja
@targets
機能: 国の成果目標は施行日から適用する（障害児福祉計画の基本指針）
  rules/national-targets.yaml の規則は applies_from の日から有効になる。2014年3月の報告書の時点では
  協議の場、医療的ケア児等コーディネーター、重症心身障害児の通所事業所、児童発達支援センターの
  国の成果目標はまだなく、2026年の計画ではそれらが計画に入る。

  @L2 @L13 @T1
  シナリオ: 協議の場の設置は、2014年3月には国の目標ではなく、2022年には第2期、2026年には第3期の目標である
    前提 次のプロファイルの区:
      | 項目                     | 値    |
      | council.exists           | true  |
      | consultation_body.exists | false |
    もし 2014-03 時点で評価する
    ならば ルール "nt1.consultation-body" が未施行である
    かつ ルール "nt2.consultation-body" が未施行である
    かつ ルール "nt3.consultation-body" が未施行である
    かつ 計画に "establish-consultation-body" が含まれない
    もし 2022-04 時点で評価する
    ならば ルール "nt2.consultation-body" が該当する
    かつ ルール "nt3.consultation-body" が未施行である
    もし 2026-04 時点で評価する
    ならば ルール "nt1.consultation-body" が未施行である
    かつ ルール "nt2.consultation-body" が未施行である
    かつ ルール "nt3.consultation-body" が該当する
    かつ 計画に "establish-consultation-body" が含まれる
    かつ "establish-consultation-body" はルール "nt3.consultation-body" による

  @L4 @T5
  シナリオ: コーディネーター配置の国の目標は2021年4月から適用される
    前提 coordinators.placed が false の区
    かつ 計画日を 2014-03 とする
    もし 評価する
    ならば ルール "nt2.coordinator" が未施行である
    かつ "place-coordinator" はルール "nt2.coordinator" によらない
    かつ "place-coordinator" は 2014-04 に始まる
    もし 2022-04 時点で評価する
    ならば ルール "nt2.coordinator" が該当する
    かつ "place-coordinator" はルール "nt2.coordinator" による
    もし 2026-04 時点で評価する
    ならば ルール "nt2.coordinator" が未施行である
    かつ ルール "nt3.coordinator" が該当する
    かつ "place-coordinator" はルール "nt3.coordinator" による
    かつ "place-coordinator" は 2027-04 に始まる

  @L3 @L9 @T4
  シナリオ: 重症心身障害児の通所事業所の確保は第2期からの目標で、令和9年4月からは第4期の見直し案（令和11年度末）による
    前提 services.severe_day_services が 0 の区
    もし 2014-03 時点で評価する
    ならば 計画に "secure-severe-day-service" が含まれない
    かつ ルール "nt2.severe-day-service" が未施行である
    もし 2022-04 時点で評価する
    ならば ルール "nt2.severe-day-service" が該当する
    もし 2027-06 時点で評価する
    ならば ルール "nt2.severe-day-service" が未施行である
    かつ ルール "nt4.severe-day-service" が該当する
    かつ 計画に "secure-severe-day-service" が含まれる
    かつ "secure-severe-day-service" の期限は 2030-03 である
    かつ モデルの役割 "after-school-day" が欠けている

  @L2 @L4 @T1
  シナリオ: 令和9年6月には第3期の目標は終わり、第4期の見直し案の目標が「案」として適用される
    前提 次のプロファイルの区:
      | 項目                       | 値    |
      | consultation_body.exists   | false |
      | coordinators.placed        | false |
      | services.severe_day_services | 0   |
    もし 2027-03 時点で評価する
    ならば ルール "nt3.consultation-body" が該当する
    かつ ルール "nt3.coordinator" が該当する
    かつ ルール "nt4.severe-day-service" が未施行である
    もし 2027-06 時点で評価する
    ならば ルール "nt3.consultation-body" が未施行である
    かつ ルール "nt3.coordinator" が未施行である
    かつ ルール "nt4.severe-day-service" が該当する
    かつ 計画の文章に "第4期基本指針 見直し案" が含まれる
    かつ 計画の文章に "告示第1号） | 計画期間終了" が含まれる
    かつ 計画の文章に "見直し案（令和9～11年度） | 見直し案（告示前）" が含まれる

  @L3 @L7 @T4
  シナリオ: 児童発達支援センターの設置は2018年度からの目標で、計画年度を越えて続く
    前提 services.child_development_centres が 0 の区
    かつ 計画の開始月を 2026-04 とする
    もし 2026-03 時点で評価する
    ならば 計画に "secure-child-development-centre" が含まれる
    かつ "secure-child-development-centre" は 2026-04 に始まる
    かつ モデルの役割 "child-development-centre" が欠けている
    もし 2014-03 時点で評価する
    ならば 計画に "secure-child-development-centre" が含まれない
