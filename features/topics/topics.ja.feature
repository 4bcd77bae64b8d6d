# language: ja
@topics
機能: 協議会が毎年話し合う話題（災害時の備え、学校・保育所の看護師、成人期への移行）
  医療的ケア児支援法（令和3年）と災害対策基本法の改正（令和3年）の後、協議会は毎年、人工呼吸器等を使う子どもの
  災害時個別支援計画と非常用電源、学校・保育所の看護師の配置、18歳以降の生活と医療への移行を話し合う。
  これらの話題は rules/fields.yaml、rules/survey.yaml、rules/preparedness.yaml、rules/law-2021.yaml と
  rules/actions.yaml だけで加えられている。

  @L9 @T4
  シナリオ: 個別支援計画も非常用電源の給付もない区では、計画を作ってから電源を確保する
    前提 次のプロファイルの区:
      | 項目                          | 値    |
      | preparedness.individual_plans | false |
      | preparedness.emergency_power  | false |
    もし 2026-11 時点で評価する
    ならば ルール "dis.individual-plans" が該当する
    かつ ルール "dis.no-emergency-power" が該当する
    かつ 計画に "disaster-plans" が含まれる
    かつ 計画に "emergency-power" が含まれる
    かつ "emergency-power" は "disaster-plans" の終了後に始まる
    かつ "emergency-power" の協力に "disaster-section" が含まれる
    かつ 計画の文章に "東京都医療保健政策区市町村包括補助事業" が含まれる
    かつ 計画の文章に "個別避難計画を作成することが市町村の努力義務とされました。" が含まれる

  @L9 @T4
  シナリオ: 非常用電源を給付している区の計画には、電源の確保が入らない
    前提 次のプロファイルの区:
      | 項目                          | 値    |
      | preparedness.individual_plans | true  |
      | preparedness.emergency_power  | true  |
    もし 2026-11 時点で評価する
    ならば ルール "dis.no-emergency-power" が該当しない
    かつ 計画に "emergency-power" が含まれない
    かつ 計画に "disaster-plans" が含まれない

  @T2
  シナリオ: 災害時の備えが分からない区では、実態調査で確かめる
    前提 識別情報だけの区
    もし 2026-11 時点で評価する
    ならば ルール "dis.no-emergency-power" が判定不能である
    かつ データギャップ "preparedness.emergency_power" が挙がる
    かつ 計画に "emergency-power" が含まれない

  @L9 @L15 @T4
  シナリオ: 医療的ケア児の在籍する学校に看護師がいない区では、法の施行後に看護師の配置が計画に入る
    前提 schools.school_nurses が false の区
    もし 2021-08 時点で評価する
    ならば ルール "law21.school-nurses" が未施行である
    かつ 計画に "school-nurses" が含まれない
    もし 2026-11 時点で評価する
    ならば ルール "law21.school-nurses" が該当する
    かつ 計画に "school-nurses" が含まれる
    かつ 計画の文章に "教育支援体制整備事業費補助金" が含まれる

  @L9 @L15 @T4
  シナリオ: 保育所に看護師がいない区では、保育所での受入れが計画に入る
    前提 schools.nursery_nurses が false の区
    もし 2026-11 時点で評価する
    ならば ルール "law21.nursery-nurses" が該当する
    かつ "nursery-acceptance" はルール "law21.nursery-nurses" による
    かつ 計画の文章に "医療的ケア児保育支援事業" が含まれる

  @L15 @T4
  シナリオ: 療養介護の事業所がない区では、18歳以降への移行の支援が計画に入る
    前提 providers.medical_care_treatment が 0 の区
    もし 2026-11 時点で評価する
    ならば ルール "law21.no-adult-care-provider" が該当する
    かつ "transition-planning" はルール "law21.no-adult-care-provider" による
    かつ 計画の文章に "東京都移行期医療支援センター" が含まれる
    もし providers.medical_care_treatment を 1 とする
    ならば 計画に "transition-planning" が含まれない
