# language: ja
@calibration
機能: 2014年の拠点病院の結論を再現する（優先度の較正）
  報告書の記述だけで再構成した2014年3月時点のプロファイル（tests/fixtures/calibration/）で計画を作ると、
  その拠点病院自身が報告書で挙げた結論が計画の上位に来なければならない。優先度の重みはこれに合わせて
  調整している（rules/planning.yaml の reasoning）。

  @L1 @L2 @L3 @T1 @T3
  シナリオ: 墨東病院の【来年度に向けて】が江東区の2014年度計画の上位5件を占める
    前提 区 "tests/fixtures/calibration/koto-2014.yaml" のプロファイル
    もし 2014-03 時点で評価する
    ならば "approach-plan" が1位である
    かつ "programme-coordination" は5位以内である
    かつ "respite-beds" は5位以内である
    かつ "home-transition-beds" は5位以内である
    かつ "approach-plan" はルール "l2.no-approach-plan" による
    かつ "programme-coordination" はルール "l1.no-coordinating-body" による
    かつ "respite-beds" はルール "l3.shortage-reported" による
    かつ 計画の文章に "拠点病院（平成25～26年度の事業）" が含まれる
    かつ 計画の文章に "東京都福祉保健局" が含まれる

  @L4 @L5 @L6 @T5
  シナリオ: 慶應義塾大学病院の課題（コーディネーター不在が最大の課題）が新宿区の2014年度計画の1位になる
    前提 区 "tests/fixtures/calibration/shinjuku-2014.yaml" のプロファイル
    もし 2014-03 時点で評価する
    ならば "place-coordinator" が1位である
    かつ "regional-model" は4位以内である
    かつ "multi-year-funding" は4位以内である
    かつ ルール "l14.no-family-desk" が判定不能である
