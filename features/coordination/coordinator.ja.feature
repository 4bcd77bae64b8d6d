# language: ja
@coordination
機能: コーディネーター（ケアマネ役）の不在 ― 最大の課題（L4）
  報告書（慶應 (4)①、小児総 (4)①）は「コーディネーターとなるべき職種が確立しておらず、
  家族や医療・福祉機関の負担が最大の課題」「小児在宅医療にはケアマネが存在しない」と述べた。
  協議会としては、コーディネーターのいない区の計画はその配置を最優先にし、
  配置されているか分からない区ではまず調べる、と考える。

  @L4 @T5
  シナリオ: コーディネーターが配置されていない区では、配置が計画の1位になる
    前提 coordinators.placed が false の区
    もし 評価する
    ならば 計画に "place-coordinator" が含まれる
    かつ "place-coordinator" が1位である
    かつ "place-coordinator" はルール "l4.no-coordinator" による
    かつ "place-coordinator" は 2027-04 に始まる
    かつ モデルの役割 "coordinator" が欠けている

  @L4 @L2 @T4
  シナリオ: コーディネーターがおらず相談支援専門員も機能していない区は、専門員の育成も行う
    前提 次のプロファイルの区:
      | 項目                    | 値    |
      | coordinators.placed     | false |
      | specialists.functioning | few   |
    もし 評価する
    ならば 計画に "specialist-training" が含まれる
    かつ "specialist-training" はルール "l4.no-coordinator-weak-specialists" による
    かつ "place-coordinator" は "specialist-training" より上位である

  @L4 @T5
  シナリオ: 江東区にコーディネーターがいないと分かれば、配置が計画の1位になる
    前提 区 "koto" のプロファイル
    かつ coordinators.placed を false とする
    もし 評価する
    ならば 計画に "place-coordinator" が含まれる
    かつ "place-coordinator" が1位である
    かつ 計画に "role-charter" が含まれる

  @L4 @T2
  シナリオ: 江東区のコーディネーター配置は不明なので、まず相談支援の調査で確かめる
    前提 区 "江東区" のプロファイル
    もし 評価する
    ならば 計画に "place-coordinator" が含まれない
    かつ ルール "l4.no-coordinator" が判定不能である
    かつ ルール "l4.no-coordinator" の説明が不明な項目 "coordinators.placed" を挙げる
    かつ データギャップ "coordinators.placed" が調査 "baseline-survey" とともに挙がる
    かつ モデルの役割 "coordinator" が不明である
