"""The profile's sections of facts (council, consultation body, … children), each field declared with its labels."""

from __future__ import annotations

from pydantic import BaseModel

from planner.profiles.facts import Fact
from planner.profiles.kinds import (
    STRICT,
    Count,
    FiscalYear,
    Functioning,
    Population,
    Text,
    choice,
    count,
    flag,
    text,
    year,
)


class Council(BaseModel):
    """地域自立支援協議会 — the regional self-reliance support council (L2, L13, L17)."""

    model_config = STRICT
    exists: Fact[bool] | None = flag("地域自立支援協議会の設置", "the council exists")
    children_subcommittee: Fact[bool] | None = flag("自立支援協議会の子ども部会", "it has a children's subcommittee")
    pediatric_home_care_on_agenda: Fact[bool] | None = flag(
        "協議会での小児在宅医療の検討", "pediatric home care is on its agenda (L17)"
    )
    hospital_participation: Fact[bool] | None = flag("協議会への病院の参加", "hospitals take part in it")
    meetings_per_year: Fact[Count] | None = count("協議会の年間開催回数", "meetings per year", "meetings/year")
    approach_plan: Fact[bool] | None = flag(
        "アプローチプランの策定", "the council has adopted an approach plan for these children (L2)"
    )


class ConsultationBody(BaseModel):
    """協議の場 — the consultation body for children needing medical care (national guideline)."""

    model_config = STRICT
    exists: Fact[bool] | None = flag("協議の場の設置", "a consultation body exists")
    name: Fact[Text] | None = text("協議の場の名称", "its name")
    established_fy: Fact[FiscalYear] | None = year("協議の場の設置年度", "fiscal year it was set up")
    council_serves_as: Fact[bool] | None = flag(
        "既存の協議会による兼務", "an existing council (e.g. a 自立支援協議会 subcommittee) serves as it"
    )


class Specialists(BaseModel):
    """相談支援専門員 — consultation support specialists (L2, L4)."""

    model_config = STRICT
    total: Fact[Count] | None = count("相談支援専門員数", "consultation support specialists", "people")
    trained_medical_care: Fact[Count] | None = count(
        "医療的ケア児対応の研修修了者", "of them trained for children needing medical care", "people"
    )
    functioning: Fact[Functioning] | None = choice(
        "相談支援専門員の機能状況", "how far they function for these children: none, few, functioning"
    )


class Coordinators(BaseModel):
    """医療的ケア児等コーディネーター — the care-manager role the report found missing (L4)."""

    model_config = STRICT
    placed: Fact[bool] | None = flag("コーディネーターの配置", "at least one coordinator is placed")
    count: Fact[Count] | None = count("コーディネーターの人数", "coordinators placed", "people")
    host: Fact[Text] | None = text("コーディネーターの配置先", "the body that hosts them")


class Programmes(BaseModel):
    """Programmes by level and whether a body coordinates them (L1)."""

    model_config = STRICT
    national: Fact[Count] | None = count(
        "利用している国の事業の数", "national programmes used in the municipality", "programmes"
    )
    metropolitan: Fact[Count] | None = count("利用している都の事業の数", "metropolitan programmes used", "programmes")
    ward: Fact[Count] | None = count("自治体独自の事業の数", "the municipality's own programmes", "programmes")
    coordinating_body: Fact[bool] | None = flag(
        "事業間を調整する会議体", "one body coordinates the programmes across levels and departments"
    )
    owning_departments: Fact[Count] | None = count(
        "事業を所管する部署の数", "departments owning pediatric home-care programmes", "departments"
    )


class Beds(BaseModel):
    """Beds (L3): medical short-stay (respite) and home-transition beds for children."""

    model_config = STRICT
    respite_child: Fact[Count] | None = count("医療型短期入所（レスパイト）病床", "respite beds for children", "beds")
    home_transition: Fact[Count] | None = count("在宅移行病床", "home-transition beds", "beds")
    shortage_reported: Fact[bool] | None = flag(
        "病床不足の報告", "hospitals or families report that respite or home-transition beds are short (L3)"
    )
    in_home_respite: Fact[bool] | None = flag(
        "在宅レスパイト事業", "an in-home respite scheme (a nurse takes over care at home)"
    )


class Services(BaseModel):
    """Services in the municipality (L3, L7)."""

    model_config = STRICT
    visiting_nurse_stations: Fact[Count] | None = count("訪問看護ステーション", "visiting nurse stations", "stations")
    visiting_nurse_stations_pediatric: Fact[Count] | None = count(
        "小児対応の訪問看護ステーション", "of them able to care for children", "stations"
    )
    home_visit_doctors_pediatric: Fact[Count] | None = count(
        "小児の訪問診療医", "home-visit doctors who see children", "clinics"
    )
    visiting_rehabilitation: Fact[Count] | None = count(
        "訪問リハビリ", "visiting rehabilitation providers", "providers"
    )
    visiting_pharmacists: Fact[Count] | None = count(
        "訪問薬剤師", "pharmacies doing home visits for children", "pharmacies"
    )
    child_development_centres: Fact[Count] | None = count(
        "児童発達支援センター", "child development support centres", "centres"
    )
    severe_day_services: Fact[Count] | None = count(
        "主に重症心身障害児を支援する児童発達支援・放課後等デイサービス",
        "day services mainly for children with severe motor and intellectual disabilities",
        "providers",
    )
    nurseries_accepting: Fact[Count] | None = count(
        "医療的ケア児を受け入れる保育所", "nurseries accepting children needing medical care", "nurseries"
    )
    special_needs_schools: Fact[Count] | None = count("特別支援学校", "special-needs schools", "schools")


class Providers(BaseModel):
    """Offices listed in the national registry (WAM NET): counts of providers, never of beds or places (L3, L9)."""

    model_config = STRICT
    short_stay: Fact[Count] | None = count(
        "短期入所の事業所数", "short-stay (respite) offices listed in the national registry", "offices"
    )
    medical_care_treatment: Fact[Count] | None = count(
        "療養介護の事業所数", "medical-care-and-treatment (療養介護) offices listed in the registry", "offices"
    )
    medical_child_development: Fact[Count] | None = count(
        "医療型児童発達支援の事業所数", "medical-type child development support offices in the registry", "offices"
    )
    home_visit_child_development: Fact[Count] | None = count(
        "居宅訪問型児童発達支援の事業所数", "home-visit child development support offices in the registry", "offices"
    )
    nursery_visit_support: Fact[Count] | None = count(
        "保育所等訪問支援の事業所数", "nursery-visit support offices in the registry", "offices"
    )
    residential_welfare: Fact[Count] | None = count(
        "福祉型障害児入所施設の数",
        "welfare-type residential facilities for disabled children in the registry",
        "offices",
    )
    residential_medical: Fact[Count] | None = count(
        "医療型障害児入所施設の数",
        "medical-type residential facilities for disabled children in the registry",
        "offices",
    )


class Welfare(BaseModel):
    """Welfare measures the Children's Center surveyed (L7, L9)."""

    model_config = STRICT
    subsidy_suction: Fact[bool] | None = flag("吸引器の助成", "subsidy for suction devices")
    subsidy_monitor: Fact[bool] | None = flag("モニターの助成", "subsidy for monitors")
    subsidy_mattress: Fact[bool] | None = flag("特殊マットの助成", "subsidy for special mattresses")
    welfare_taxi: Fact[bool] | None = flag("福祉タクシー", "welfare taxi subsidy")
    home_help: Fact[bool] | None = flag("訪問介護（ホームヘルプ）の利用", "home help for these children")
    daytime_temporary_care: Fact[bool] | None = flag("日中一時支援（日中一時預かり）", "daytime temporary care")
    sibling_support: Fact[bool] | None = flag(
        "きょうだい支援", "support for siblings (nursery priority, drop-off help)"
    )
    emergency_care: Fact[bool] | None = flag("保護者の急病時等の預かり", "care for the child when a parent falls ill")


class Information(BaseModel):
    """Information and activities (L10–L14, T6)."""

    model_config = STRICT
    resource_map: Fact[bool] | None = flag("社会資源マップ", "a social resource map")
    welfare_guide: Fact[bool] | None = flag("家族向けの福祉情報ガイド", "a welfare information guide for families")
    family_desk: Fact[bool] | None = flag("家族の相談窓口", "a consultation desk for families (L14)")
    case_conferences_per_year: Fact[Count] | None = count(
        "多職種ケースカンファレンスの開催回数", "multi-agency case conferences per year", "conferences/year"
    )
    training_sessions_per_year: Fact[Count] | None = count(
        "研修・勉強会の開催回数", "training and study sessions per year", "sessions/year"
    )
    family_association: Fact[bool] | None = flag("家族会", "a family association")
    peer_counselling: Fact[bool] | None = flag("ピアカウンセリング", "peer counselling")


class Children(BaseModel):
    """Counts of children and people, where known."""

    model_config = STRICT
    medical_care: Fact[Count] | None = count(
        "医療的ケア児数", "children needing medical care known to the municipality", "children"
    )
    severe_disabilities: Fact[Count] | None = count(
        "重症心身障害児数", "children with severe motor and intellectual disabilities", "children"
    )
    child_population: Fact[Population] | None = count("児童人口（0～17歳）", "child population (0–17)", "children")
    population: Fact[Population] | None = count("総人口", "total population", "people")


class System(BaseModel):
    """How the regional system works as a whole (L5, L6, L8, L15, L16)."""

    model_config = STRICT
    roles_agreed: Fact[bool] | None = flag(
        "役割分担の合意", "each actor's role in the regional model is decided and shared (L8, L16)"
    )
    model_chosen: Fact[bool] | None = flag(
        "地域に合った連携モデルの決定", "a regional model suited to the area and its hospitals is chosen (L6, L8)"
    )
    multi_year: Fact[bool] | None = flag(
        "複数年度の予算・人員の確保", "the work is funded and staffed over several fiscal years (L5)"
    )
    hospital_project_team: Fact[bool] | None = flag(
        "病院の院内プロジェクトチーム", "the hub hospital has an in-hospital project team for it (L5)"
    )
    ages_0_18: Fact[bool] | None = flag(
        "0歳～18歳の地域連携システム", "the system covers every child 0–18, not only a hospital's own patients (L15)"
    )
    education_included: Fact[bool] | None = flag("教育機関の参加", "schools and the board of education take part (L15)")
    case_aggregation: Fact[bool] | None = flag(
        "ケース集約・課題共有", "issues found in individual cases are aggregated, solved and shared (L16)"
    )


SECTIONS: dict[str, type[BaseModel]] = {
    "council": Council,
    "consultation_body": ConsultationBody,
    "specialists": Specialists,
    "coordinators": Coordinators,
    "programmes": Programmes,
    "beds": Beds,
    "services": Services,
    "providers": Providers,
    "welfare": Welfare,
    "information": Information,
    "system": System,
    "children": Children,
}
