# language: ja
@data
機能: 不明はゼロではない
  プロファイルに書かれていない事実は「不明」であり、0 や false とは扱わない。不明な事実は
  データギャップとなって調査（T2）の行動になり、0 と分かった件数は不足への行動になる。
  たとえばレスパイト病床 0 床はレスパイトの行動（L3）に、コーディネーター 0 人は配置の行動（L4）になる。

  @L3 @L4 @T2
  シナリオ: すべて不明の区は調査だけになり、件数 0 と分かればレスパイトとコーディネーターの行動が入る
    前提 識別情報だけの区
    もし 評価する
    ならば 計画は調査だけである
    かつ 計画に "respite-beds" が含まれない
    かつ 計画に "place-coordinator" が含まれない
    かつ データギャップ "beds.respite_child" が調査 "baseline-survey" とともに挙がる
    かつ データギャップ "coordinators.placed" が調査 "baseline-survey" とともに挙がる
    もし すべての件数を 0 とする
    かつ 評価する
    ならば データギャップが前回より少ない
    かつ 計画に "respite-beds" が含まれる
    かつ 計画に "in-home-respite" が含まれる
    かつ 計画に "place-coordinator" が含まれる
    かつ "place-coordinator" はルール "l4.no-coordinator" による
    かつ データギャップ "beds.respite_child" が挙がらない

  @L4 @L3 @T5
  シナリオ: 件数が 0 でコーディネーター未配置と分かっている区は、配置を最優先にし病床も確保する
    前提 識別情報だけの区
    かつ すべての件数を 0 とする
    かつ coordinators.placed を false とする
    もし 評価する
    ならば "place-coordinator" が1位である
    かつ 計画に "respite-beds" が含まれる
    かつ データギャップ "coordinators.placed" が挙がらない
