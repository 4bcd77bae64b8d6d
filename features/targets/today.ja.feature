# language: ja
@targets
機能: 現在の政策の枠組み（2021年の法律、期限、時点に応じた名称）
  計画は基準日の枠組みで書く。令和3年の医療的ケア児支援法と令和3年8月31日の事務連絡、期限を過ぎた国の
  目標（期限超過）、組織の名称（東京都福祉保健局→福祉局）、事業の終わった拠点病院に代わる支援センター。

  @L2 @L13 @T1
  シナリオ: 協議の場のない区の令和9年度計画では、第3期の目標（令和8年度末）が計画年度前に期限を迎えると示される
    前提 協議の場の設置 が なし の区
    もし 2026-11 時点で評価する
    ならば 計画に "establish-consultation-body" が含まれる
    かつ "establish-consultation-body" は計画年度前に期限を迎える
    かつ "establish-consultation-body" はルール "nt3.consultation-body" による
    かつ "establish-consultation-body" はルール "law16.coordination-effort" による
    かつ ルール "nt2.consultation-body" が未施行である
    かつ 計画の文章に "令和八年度における成果目標を設定すること。" が含まれる

  @L2 @L13 @T1
  シナリオ: 期限前の時点では各期の期限が示され、期限超過ではない
    前提 協議の場の設置 が なし の区
    もし 2022-06 時点で評価する
    ならば "establish-consultation-body" の期限は 2024-03 である
    かつ "establish-consultation-body" はルール "nt2.consultation-body" による
    もし 2025-06 時点で評価する
    ならば "establish-consultation-body" の期限は 2027-03 である
    かつ "establish-consultation-body" はルール "nt3.consultation-body" による

  @L3 @L9 @T4
  シナリオ: 期限（令和11年度末）を過ぎた後の計画では、重症心身障害児の通所事業所の確保が期限超過と示される
    前提 services.severe_day_services が 0 の区
    もし 2030-06 時点で評価する
    ならば 計画に "secure-severe-day-service" が含まれる
    かつ "secure-severe-day-service" は期限超過である
    かつ "secure-severe-day-service" はルール "nt4.severe-day-service" による

  @L2 @L13 @T1
  シナリオ: 期限を過ぎた取組は、期限のない時点の同じ取組より優先度が高い
    前提 協議の場の設置 が なし の区
    もし 2017-06 時点で評価する
    ならば "establish-consultation-body" の期限は示されない
    かつ "establish-consultation-body" はルール "law16.coordination-effort" による
    もし 2026-11 時点で評価する
    ならば "establish-consultation-body" の優先度は前回より高い

  @L4 @T5
  シナリオ: 組織と事業の名称は基準日のものを使い、終わった事業の拠点病院は今日の協力先にしない
    前提 コーディネーターの配置 が なし の区
    もし 2014-03 時点で評価する
    ならば 計画の文章に "東京都福祉保健局" が含まれる
    かつ 計画の文章に "東京都福祉局" が含まれない
    かつ "place-coordinator" の協力に "hub-hospital" が含まれる
    かつ "place-coordinator" の協力に "support-centre" が含まれない
    もし 2026-11 時点で評価する
    ならば 計画の文章に "東京都福祉局" が含まれる
    かつ 計画の文章に "東京都福祉保健局" が含まれない
    かつ "place-coordinator" の協力に "support-centre" が含まれる
    かつ "place-coordinator" の協力に "hub-hospital" が含まれない
    かつ 計画の文章に "東京都医療的ケア児等コーディネーター養成研修" が含まれる

  @L9 @L15 @T4
  シナリオ: 医療的ケア児を受け入れる保育所がない区には、医療的ケア児支援法第9条による取組が入る
    前提 医療的ケア児を受け入れる保育所 が 0 の区
    もし 2026-11 時点で評価する
    ならば 計画に "nursery-acceptance" が含まれる
    かつ "nursery-acceptance" はルール "law21.nursery-support" による
    もし 2020-01 時点で評価する
    ならば ルール "law21.nursery-support" が未施行である

  @L14 @T5
  シナリオ: 支援センターがあっても、区の相談窓口がなければ窓口を設ける（令和3年8月31日事務連絡）
    前提 家族の相談窓口 が なし の区
    もし 2026-11 時点で評価する
    ならば "family-desk" はルール "law21.municipal-consultation" による
    かつ 計画の文章に "市町村等においても、引き続き" が含まれる
    もし 2021-06 時点で評価する
    ならば ルール "law21.municipal-consultation" が未施行である

  @L1 @L13 @T1
  シナリオ: 児童福祉法改正（2016年）の前には努力義務の規則は適用されない
    前提 協議の場の設置 が なし の区
    もし 2016-05 時点で評価する
    ならば ルール "law16.coordination-effort" が未施行である
    もし 2016-07 時点で評価する
    ならば ルール "law16.coordination-effort" が該当する

  @T1
  シナリオ: 計画には基準日の政策の枠組みと、適用したルールの一覧が載る
    前提 識別情報だけの区
    もし 2026-11 時点で評価する
    ならば 計画の文章に "第3期障害児福祉計画の基本指針" が含まれる
    かつ 計画の文章に "見直し案（告示前）" が含まれる
    かつ 計画の文章に "law-2021（2026.3）7件" が含まれる
    もし 2014-03 時点で評価する
    ならば 計画の文章に "医療的ケア児及びその家族に対する支援に関する法律" が含まれない
    かつ 計画の文章に "law-2021（2026.3）0件" が含まれる
