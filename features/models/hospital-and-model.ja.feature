# language: ja
@models
機能: 病院の組織と継続性、病院と地域に合ったモデル（L5, L6）
  慶應義塾大学病院は「病院としての組織的な対応、人員体制および適任者の確保・育成が必要」
  「複数年度にわたる事業の継続性が必要」と述べ（慶應 (4)②）、大学病院の特性を踏まえたモデルを
  提示する必要があるとした（慶應 (4)③）。地域モデルは区の圏域で決まり、区東部・区部は区東部モデル、
  区西部・区中央部は大学病院モデル、多摩は「児の『生活』を支える」モデルとなる。

  @L5 @T3 @T4
  シナリオ: 単年度事業で院内プロジェクトチームもない区は、複数年度の予算とチームを確保する
    前提 次のプロファイルの区:
      | 項目                         | 値    |
      | system.multi_year            | false |
      | system.hospital_project_team | false |
    もし 評価する
    ならば 計画に "multi-year-funding" が含まれる
    かつ 計画に "hospital-project-team" が含まれる
    かつ "multi-year-funding" は "hospital-project-team" より上位である
    かつ "hospital-project-team" は 2027-04 に始まる

  @L5 @T3
  シナリオ: 複数年度の継続が決まり院内チームもある区には、どちらの行動も要らない
    前提 次のプロファイルの区:
      | 項目                         | 値   |
      | system.multi_year            | true |
      | system.hospital_project_team | true |
    もし 評価する
    ならば 計画に "multi-year-funding" が含まれない
    かつ 計画に "hospital-project-team" が含まれない
    かつ ルール "l5.not-multi-year" が該当しない
    かつ ルール "l5.no-hospital-project-team" が該当しない

  @L5 @T2
  シナリオ: 事業が複数年度にわたるか分からない区は、地域連携システムの調査で確かめる
    前提 識別情報だけの区
    もし 評価する
    ならば ルール "l5.not-multi-year" が判定不能である
    かつ ルール "l5.not-multi-year" の説明が不明な項目 "system.multi_year" を挙げる
    かつ データギャップ "system.multi_year" が調査 "baseline-survey" とともに挙がる
    かつ データギャップ "system.hospital_project_team" が調査 "baseline-survey" とともに挙がる

  @L6 @T1
  シナリオ: 地域に合ったモデルが選ばれていない区は、区東部モデルを基に選ぶ
    前提 system.model_chosen が false の区
    もし 評価する
    ならば 計画に "regional-model" が含まれる
    かつ "regional-model" はルール "l6.no-fitting-model" による
    かつ 地域モデルは "ku-tobu-council-led" である

  @L6 @L13 @T1
  シナリオ: モデルが選ばれておらず協議会に病院もいない区は、病院と顔の見える協議会を開く
    前提 次のプロファイルの区:
      | 項目                           | 値    |
      | system.model_chosen            | false |
      | council.hospital_participation | false |
    もし 評価する
    ならば "joint-council" はルール "l6.model-without-hospitals" による
    かつ "regional-model" はルール "l6.model-without-hospitals" による

  @L4 @T5
  シナリオ: 多摩の市は「生活を支える」モデルで、欠けているコーディネーターを配置する
    前提 次のプロファイルの区:
      | 項目                | 値         |
      | area                | nishi-tama |
      | kind                | city       |
      | coordinators.placed | false      |
    もし 評価する
    ならば 地域モデルは "life-support" である
    かつ モデルの役割 "coordinator" が欠けている
    かつ モデルの役割 "municipal-office" が存在する
    かつ モデルの役割 "family-doctor" が不明である
    かつ 計画に "place-coordinator" が含まれる
