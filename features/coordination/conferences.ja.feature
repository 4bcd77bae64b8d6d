# language: ja
@coordination
機能: 地域の医療・福祉・行政関係者を含めたカンファレンス（L12）
  小児総合医療センターは退院前に地域の医療、福祉、行政関係者を含めたカンファレンスを約70回開いた
  （小児総 (2)④）。慶應の事例検討会も医療と福祉の理解を深めた（慶應 (3)③）。
  カンファレンスの開かれていない区の計画は、退院前カンファレンスを標準にする。

  @L12 @T5
  シナリオ: 多職種カンファレンスが開かれていない区は、退院前カンファレンスを標準にする
    前提 次のプロファイルの区:
      | 項目                                  | 値   |
      | information.case_conferences_per_year | 0    |
      | coordinators.placed                   | true |
    もし 評価する
    ならば 計画に "discharge-conferences" が含まれる
    かつ "discharge-conferences" はルール "l12.no-case-conferences" による
    かつ "discharge-conferences" は 2027-04 に始まる
    かつ 計画に "place-coordinator" が含まれない

  @L12 @L4 @T5
  シナリオ: カンファレンスもコーディネーターもない区では、両方が計画の上位に並ぶ
    前提 次のプロファイルの区:
      | 項目                                  | 値    |
      | information.case_conferences_per_year | 0     |
      | coordinators.placed                   | false |
    もし 評価する
    ならば "discharge-conferences" はルール "l12.no-conferences-no-coordinator" による
    かつ "discharge-conferences" は "baseline-survey" より上位である
    かつ "place-coordinator" は "baseline-survey" より上位である

  @L12 @T5
  シナリオ: 年70回カンファレンスを開いている区には、カンファレンスの行動は要らない
    前提 information.case_conferences_per_year が 70 の区
    もし 評価する
    ならば 計画に "discharge-conferences" が含まれない
    かつ ルール "l12.no-case-conferences" が該当しない
    かつ ルール "l12.no-case-conferences" の説明に "information.case_conferences_per_year = 70" が表示される
