"""Tokyo's 62 municipalities by code: a profile's code, kanji name and kind must name the same one.

Source: 総務省「全国地方公共団体コード」 (https://www.soumu.go.jp/denshijiti/code.html), 東京都 (13); unchanged
since 西東京市 (13229) was formed in 2001. Codes are written as profiles and the WAM NET registry write them: the
five digits without the sixth, the check digit (`check_digit`). A code and a name that are not Tokyo's (13999,
試験区: a municipality a test or a training course makes up) are no one's, and are let be; a name may add a
qualifier in brackets to the official one (新宿区（平成26年3月の再構成）, a profile of the ward as it once was).
"""

from __future__ import annotations

from planner.messages import Msg, msg

TOKYO: dict[str, str] = {
    # 特別区 (wards) 13101–13123
    "13101": "千代田区",
    "13102": "中央区",
    "13103": "港区",
    "13104": "新宿区",
    "13105": "文京区",
    "13106": "台東区",
    "13107": "墨田区",
    "13108": "江東区",
    "13109": "品川区",
    "13110": "目黒区",
    "13111": "大田区",
    "13112": "世田谷区",
    "13113": "渋谷区",
    "13114": "中野区",
    "13115": "杉並区",
    "13116": "豊島区",
    "13117": "北区",
    "13118": "荒川区",
    "13119": "板橋区",
    "13120": "練馬区",
    "13121": "足立区",
    "13122": "葛飾区",
    "13123": "江戸川区",
    # 市 (cities) 13201–13229; the gaps are cities merged away (田無市, 保谷市, 秋川市)
    "13201": "八王子市",
    "13202": "立川市",
    "13203": "武蔵野市",
    "13204": "三鷹市",
    "13205": "青梅市",
    "13206": "府中市",
    "13207": "昭島市",
    "13208": "調布市",
    "13209": "町田市",
    "13210": "小金井市",
    "13211": "小平市",
    "13212": "日野市",
    "13213": "東村山市",
    "13214": "国分寺市",
    "13215": "国立市",
    "13218": "福生市",
    "13219": "狛江市",
    "13220": "東大和市",
    "13221": "清瀬市",
    "13222": "東久留米市",
    "13223": "武蔵村山市",
    "13224": "多摩市",
    "13225": "稲城市",
    "13227": "羽村市",
    "13228": "あきる野市",
    "13229": "西東京市",
    # 西多摩郡 13303–13308
    "13303": "瑞穂町",
    "13305": "日の出町",
    "13307": "檜原村",
    "13308": "奥多摩町",
    # the islands: 大島支庁 13361–13364, 三宅支庁 13381–13382, 八丈支庁 13401–13402, 小笠原支庁 13421
    "13361": "大島町",
    "13362": "利島村",
    "13363": "新島村",
    "13364": "神津島村",
    "13381": "三宅村",
    "13382": "御蔵島村",
    "13401": "八丈町",
    "13402": "青ヶ島村",
    "13421": "小笠原村",
}
CODE_OF = {name: code for code, name in TOKYO.items()}
_KIND = {"区": "ward", "市": "city", "町": "town", "村": "village"}


def kind_of(name: str) -> str:
    """ward, city, town or village, as the name's last character says (every name of TOKYO ends in one)."""
    return _KIND[name[-1]]


def check_digit(code: str) -> int:
    """The sixth digit of a five-digit code: weights 6 to 2, remainder by 11, subtracted from 11, last digit."""
    total = sum(int(d) * w for d, w in zip(code, (6, 5, 4, 3, 2), strict=True))
    return (11 - total % 11) % 10


def identity_problem(code: str, name: str, kind: str) -> tuple[str, Msg] | None:
    """Which part (code, name or kind) disagrees with the official table, and how; None when they agree."""
    official = TOKYO.get(code)
    # a profile may qualify the name of what it describes: 新宿区（平成26年3月の再構成）
    if official is not None and name != official and not name.startswith(official + "（"):
        return "code", msg("muni.code_name", code=code, name=official)
    base = name.split("（", 1)[0]  # 江東区（再構成） is 江東区's
    if base in CODE_OF and CODE_OF[base] != code:
        return "name", msg("muni.name_code", name=base, code=CODE_OF[base])
    if official is not None and kind != kind_of(official):
        return "kind", msg("muni.kind", name=official, kind=kind_of(official))
    return None
