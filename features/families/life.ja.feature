# language: ja
@families
機能: 医療だけでなく生活を支える、家族の相談窓口（L9, L14）
  小児総合医療センターは「医療だけでは無く、必要な福祉サービスが入らなければ我慢や無理しない生活を送れない」
  と述べ、きょうだいへの配慮、緊急時の対応、発達にあった教育、積極的な地域の福祉情報の提供を挙げた（小児総 (3)）。
  慶應義塾大学病院は患者・家族に電話、面談、カウンセリングで個別に対応する相談窓口を構築した（慶應 ※）。

  @L9 @T4
  シナリオ: きょうだい支援も緊急時の受け入れもない区では、緊急時の体制を先に整える
    前提 次のプロファイルの区:
      | 項目                    | 値    |
      | welfare.sibling_support | false |
      | welfare.emergency_care  | false |
    もし 評価する
    ならば 計画に "sibling-support" が含まれる
    かつ 計画に "emergency-care" が含まれる
    かつ "emergency-care" は "sibling-support" より上位である
    かつ "emergency-care" はルール "l9.no-emergency-care" による

  @L9 @T6
  シナリオ: 家族向けの福祉情報ガイドがない区は、ガイドで積極的に情報を届ける
    前提 information.welfare_guide が false の区
    もし 評価する
    ならば 計画に "welfare-guide" が含まれる
    かつ "welfare-guide" はルール "l9.no-welfare-guide" による

  @L14 @T5
  シナリオ: 家族の相談窓口がない区は窓口を開く
    前提 次のプロファイルの区:
      | 項目                    | 値    |
      | information.family_desk | false |
      | coordinators.placed     | true  |
    かつ 地域モデル "university-hospital" を使う
    もし 評価する
    ならば 計画に "family-desk" が含まれる
    かつ "family-desk" はルール "l14.no-family-desk" による
    かつ 地域モデルは "university-hospital" である
    かつ モデルの役割 "family-desk" が欠けている

  @L14 @L4 @T5
  シナリオ: 相談窓口もコーディネーターもない区では、負担が家族にかかる
    前提 次のプロファイルの区:
      | 項目                    | 値    |
      | information.family_desk | false |
      | coordinators.placed     | false |
    もし 評価する
    ならば "family-desk" はルール "l14.families-alone" による
    かつ 計画に "place-coordinator" が含まれる
    かつ "family-desk" は "baseline-survey" より上位である

  @L14 @L9 @T6
  シナリオ: 家族会もピアカウンセリングもない区は、家族どうしの支えをつくる
    前提 次のプロファイルの区:
      | 項目                           | 値    |
      | information.family_association | false |
      | information.peer_counselling   | false |
    もし 評価する
    ならば 計画に "family-peer-support" が含まれる
    かつ "family-peer-support" はルール "l14.no-family-association" による

  @L14 @T2
  シナリオ: 平成26年（2014年）3月の相談窓口は慶應義塾大学病院のもので、新宿区の窓口としては不明のままである
    前提 区 "shinjuku" のプロファイル
    もし 2013-12 時点で評価する
    ならば データギャップ "information.family_desk" が調査 "baseline-survey" とともに挙がる
    かつ ルール "l14.no-family-desk" が判定不能である
    もし 2014-03 時点で評価する
    ならば データギャップ "information.family_desk" が調査 "baseline-survey" とともに挙がる
    かつ ルール "l14.no-family-desk" が判定不能である
