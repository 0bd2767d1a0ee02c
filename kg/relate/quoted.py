"""What a quoted word is: a formula, a principle, a team, the things of a batch or someone's
doing rather than a program's name; the head a quoted name has of its own; the key a quoted
name is known by across documents; and whether a key names a national program."""

from __future__ import annotations

import re
from functools import cache

from kg.relate.counted import issued_at
from kg.relate.grammar import (
    BATCH_BEFORE_QUOTE,
    BATCH_END,
    COUNT_BEFORE,
    OWN_HEAD,
    TEAM,
    TOPIC_HEAD,
    TYPE_WORD,
)
from kg.relate.words import (
    FORMULAS,
    IMPLEMENT_VERBS,
    NATIONAL_PROGRAMS,
    NOT_OWN_HEADS,
    NOT_PROGRAM_HEADS,
    alternation,
)
from kg.text.mentions import TYPE_WORDS, common_name, program_key

__all__ = [
    "NOT_PROGRAM_HEAD",
    "PROVINCE_SCOPED",
    "glossed_idea",
    "is_formula",
    "many_or_doing",
    "national",
    "own_head_after",
    "quoted_key",
    "shared_type",
    "way_or_kind",
]

# Heads after a quoted name that make it an idea, a requirement or someone's experience.
NOT_PROGRAM_HEAD = re.compile(alternation(NOT_PROGRAM_HEADS))

# 两个维护, 四个意识: a count of principles, not of projects (“3个100” is a program)
# “三件套”: a set of things (three foods), not a program
_COUNTED_PRINCIPLES = re.compile(r"[两三四五六七八九十](?:(?:个|件大|种)[^\d]|件套)")
# a card played (打好“侨牌”, “生态牌”, “特色牌”): a way of speaking, not a brand (品牌, 招牌, 名牌)
_CARD = re.compile(r"(?<![品招名金门])牌$")
# a verb said twice around 一 (点一点): someone's doing
_REDUPLICATED = re.compile(r"(.)一\1")


def is_formula(core: str) -> bool:
    """A quoted formula or principle (“四个意识”, “枫桥经验”) or a team, not a program's
    name."""
    return (
        core in FORMULAS
        # (“五个中心”: a count of things built, each of a type word, is a program's set)
        or (_COUNTED_PRINCIPLES.match(core) is not None and not core.endswith(TYPE_WORDS))
        or NOT_PROGRAM_HEAD.search(core[-4:]) is not None
        or TEAM.search(core) is not None  # “青年宣讲队”, “劳模宣讲团”: people, not a program
        or (core.endswith("经济") and len(core) <= 4)  # “谷子经济”, “票根经济”: a sector
        or _REDUPLICATED.fullmatch(core) is not None  # “点一点”, “审一审”: a user's doing
        or _CARD.search(core) is not None  # 打好新时代新“侨牌”, “生态牌”: a card to play
    )


# a kind of use or of chain a mix of fields is put to (“低空+”应用场景, “演艺+体验+消费”产业链),
# a technology (“5G+AI”技术) or measures that mix means (“国补+商家让利+服务升级”等优惠举措)
_KIND_OF_USE = re.compile(
    r"(?:应用|综合|融合|消费)?新?场景|全?产业链|技术(?![\u4e00-\u9fff])"
    r"|等?(?:优惠|具体|配套)?(?:举措|措施)"
)


def _field_mix(core: str, text: str, after: int) -> bool:
    """A mix of fields or means, each a word of a few characters (“低空+”, “赛事+文旅+消费”),
    before a kind of use, chain, technology or measure (应用场景, 产业链, 技术, 举措): the kind
    of thing built or used, not a program's name (“AI+企业码上服务”综合场景 names one)."""
    items = core.split("+")
    return (
        len(items) > 1
        and all(len(item) <= 4 and not item.isdigit() for item in items)  # (not “1+10”政策措施)
        and _KIND_OF_USE.match(text, after) is not None
    )


# a layout of counted parts (“一区两翼”, “一圈一带两区”) before a word of layout
_COUNTED_LAYOUT = re.compile(
    r"(?:[一二两三四五六七八九十多\d]+[区翼核带圈轴廊极心点群城园副主域])+"
)
_LAYOUT_HEAD = re.compile(r"(?:发展|空间|整体|区域|城镇空间)?(?:模式|格局|布局)")


def _layout(core: str, text: str, after: int) -> bool:
    """A layout of counted parts before a word of layout (采取“一区两翼”模式, 构建“一圈一带
    两区”发展格局): how a space is ordered, not a program (the gold marks such layouts
    optional; “三城一区”联动发展 and “两区”建设 are programs)."""
    return (
        _COUNTED_LAYOUT.fullmatch(core) is not None and _LAYOUT_HEAD.match(text, after) is not None
    )


# one measure, plan or brand per unit (“一河一策”, “一校一案”, “一市一品牌”)
_PER_UNIT = re.compile(r"一[\u4e00-\u9fff]{1,3}一(?:策|案|议|品牌|品)")
_PLAN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?方案|建设|打造|推进|实施|开展")


def _per_unit(core: str, text: str, after: int) -> bool:
    """A principle of one measure per unit (“一河一策”, “一市一品牌”), alone, before the
    plan it gives each unit (“一院一策”方案, “一河一策”差异化补水方案) or before the work it
    orders (“一市一品牌”建设美丽城市): how the work is done, not a program (the gold marks
    them optional; “一县一品”供应链…项目 is one)."""
    if _PER_UNIT.fullmatch(core) is None:
        return False
    return not "\u4e00" <= text[after : after + 1] <= "\u9fff" or bool(
        _PLAN_AFTER.match(text, after)
    )


# the kinds of firm and farmer an organisational model joins (“公司+合作社+农户”; not a
# government body's reform of how a zone is run, “管委会+公司”运营模式)
_PARTY = re.compile(
    r"[\u4e00-\u9fff]{0,3}(?:公司|合作社|农户|企业|个体|经纪人|村集体|家庭农场|农民)"
)
_MODEL_AFTER = re.compile(r"等?[\u4e00-\u9fff]{0,6}?(?:模式|方式)")


def _party_mix(core: str, text: str, after: int) -> bool:
    """An organisational model that joins kinds of firm and farmer (“公司+合作社+农户”等经营
    模式, “龙头企业+个体”模式): how they work together, not a program (the gold marks such
    models optional)."""
    items = core.split("+")
    return (
        len(items) > 1
        and all(_PARTY.fullmatch(item) for item in items)
        and _MODEL_AFTER.match(text, after) is not None
    )


def way_or_kind(core: str, text: str, after: int) -> bool:
    """The quoted ``core``, with what follows it at ``after``, names a kind of use or a way
    of working rather than a program: a mix of fields (“低空+”应用场景), a layout (采取“一区两翼”
    模式), a principle of one measure per unit (“一河一策”), a model joining kinds of firm
    and farmer (“公司+合作社+农户”模式), mixes of means listed as examples of a model, or a
    group of industries (“十强产业”)."""
    return (
        _field_mix(core, text, after)
        or _layout(core, text, after)
        or _per_unit(core, text, after)
        or _party_mix(core, text, after)
        or ("+" in core and _MODELS_AFTER.match(text, after) is not None)
        # (探索发展“人工智能+”新业态新模式, “文化+体验”新业态: a class of new business forms)
        or text.startswith("新业态", after)
        # (“圈内1小时、济青1.5小时”通勤圈: a travel-time target; “三大平台”: a count of a weak kind)
        or (
            _TRAVEL_TIME.search(core) is not None
            and _CIRCLE.search(core + text[after : after + 4]) is not None
        )
        or _COUNTED_WEAK.fullmatch(core) is not None
        # (做大做强做优“十强产业”: the industries a province grows, not a program)
        or (core.endswith("产业") and "+" not in core and not _TYPED_AFTER.match(text, after))
    )


# a time to travel and a circle closing the quoted name or right after it (…1小时”通勤圈。)
_TRAVEL_TIME = re.compile(r"[一二两三四五六七八九十半\d.]+个?小时")
_CIRCLE = re.compile(r"圈”?[\u4e00-\u9fff]{0,3}圈?(?:[，。；、,;]|$)|圈$")
# a count of a weak kind alone, closing a list of its items (…港航供应链大数据“三大平台”)
_COUNTED_WEAK = re.compile(r"[一二两三四五六七八九十]+大(?:平台|中心|基地|载体)")

# a type word after a quoted name and a few words of its head (“十强产业”应用场景服务体系)
_TYPED_AFTER = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:" + TYPE_WORD.pattern + ")")

# (推广“生鲜电子商务+冷链宅配”“中央厨房+食材冷链配送”等服务新模式: mixes of means given as
# examples of a kind of business model)
_MODELS_AFTER = re.compile(r"等[\u4e00-\u9fff]{0,4}模式")


def glossed_idea(text: str, start: int, hi: int) -> bool:
    """The name at ``start`` stands in a bracket glossing a quoted name that is an idea, not a
    program (“四区一中心”(全球海洋科技创新中心、体制机制先行区、…)具体定位)."""
    opened = max(text.rfind("(", 0, start), text.rfind("（", 0, start))
    if opened < 1 or text[opened - 1] != "”" or re.search("[)）]", text[opened:start]):
        return False
    closes = [i for i in (text.find(")", start, hi), text.find("）", start, hi)) if i >= 0]
    return bool(closes) and NOT_PROGRAM_HEAD.match(text, min(closes) + 1, hi) is not None


#: Marks a key to be made one province's (kg.relate.extract): a common name without a
#: modifier (“十大工程”).
PROVINCE_SCOPED = "@"


def quoted_key(prefix: str, name: str) -> str:
    """The key of a quoted name: the name, unless many actors coin it (“十大工程”,
    “头号工程”): then the name with its modifier (数字产业化“十大工程” and 碳达峰“十大工程”
    are two), to be made the implementing province's (工业经济“头号工程” of two provinces
    are two)."""
    name = re.sub(r"(?<=工程)项目$", "", name)  # (“十百千万”工程项目: the 工程's projects)
    if not common_name(name):
        return program_key(name)
    return PROVINCE_SCOPED + program_key(prefix + name)


# measures counted before their quoted kind are many of a kind (…等19项“…”举措) unless a verb of
# issuing stands right before the count (发布19项“人工智能+”具体举措: one package);
# counted projects are the projects of a named kind (启动25个“城中村”改造项目: the reviewed
# gold requires six such in dev/ and reviewed/ and leaves five optional)
_COUNTED_KINDS = ("举措", "措施")
# a batch word right before a quote, and a head word right after one
_HEAD_AFTER_QUOTE = re.compile(r"(?![和与及或等])[\u4e00-\u9fff]")
# 现在由系统“自动填充”: the quote says what an agent named after 由 does
_DONE_BY = re.compile(r"由[\u4e00-\u9fff]{1,4}$")


def many_or_doing(
    text: str,
    lo: int,
    q0: int,
    gov: tuple[str, str, int] | None,
    suffix: tuple[int, str] | None,
) -> bool:
    """Whether the quoted names at ``q0`` are many of a kind (推出19项“人工智能+”具体举措), the
    things of a batch (培育一批鲁版软件“名品”) or what an agent does (现在由系统“自动填充”),
    not a program."""
    if suffix is not None:
        count = COUNT_BEFORE.search(text, lo, q0) if suffix[1].endswith(_COUNTED_KINDS) else None
        return count is not None and not (
            text[count.end() - 1] in "条项" and issued_at(text, count.start())
        )  # (发布19项“人工智能+”具体举措: one package, issued)
    batch = BATCH_BEFORE_QUOTE.search(text, lo, q0)
    if batch is None and not _HEAD_AFTER_QUOTE.match(text, text.find("”", q0) + 1):
        # 培育一批“数据徽商”和…, 打造10个“云岭名方”: things of a batch or a count, no head
        batch = BATCH_END.search(text, lo, q0) or COUNT_BEFORE.search(text, lo, q0)
    return (batch is not None and (gov is None or batch.start() >= gov[2])) or (
        _DONE_BY.search(text, lo, q0) is not None
    )


def own_head_after(
    text: str, after: int, hi: int, gov: tuple[str, str, int] | None
) -> re.Match[str] | None:
    """The head a quoted name has of its own: after a verb of carrying out (推进“九五”普法,
    建设“荆楚安澜”现代水网; not an idea's, 要求), or reported carried out after it without
    one (“416”科技创新布局加速构建)."""
    if gov is None:
        return TOPIC_HEAD.match(text, after, hi)
    own = OWN_HEAD.match(text, after, hi) if gov[0] == "impl" else None
    if (
        own is None
        or NOT_PROGRAM_HEAD.match(text, after, hi)
        or own.group().endswith(NOT_OWN_HEADS)
        or own.group() in IMPLEMENT_VERBS  # (办好“一类事”深化: a verb)
        or (own.group().endswith("场景") and gov[1] in _WIDENS)
    ):  # (拓展社保卡“一卡通”应用场景: where the card is used, not a program of scenes)
        return None
    return own


_WIDENS = ("拓展", "拓宽", "扩大", "丰富", "扩展")


@cache
def _national_keys() -> frozenset[str]:
    return frozenset(program_key(name) for name in NATIONAL_PROGRAMS)


# (“一带一路”标志性项目, “两重”重点项目: the national program's projects of a kind)
_NATIONAL_TAIL = re.compile(r"(?:(?:标志性|重点|重大)?项目|政策|建设|高校建设|高校)$")
# the state's strategies and science programs, whatever names the province's part
# (“四大慢病”国家科技重大专项: a slot the province won)
# (…组织峰会: the summit of an organisation of states, which the nation holds)
_NATIONAL_INSIDE = re.compile(r"国家战略|国家(?:科技)?重大专项|国家重点研发计划|组织峰会")


def national(key: str) -> bool:
    """Whether a program's key names a national strategy or program (``national_programs``)."""
    keys = _national_keys()
    key = key.removeprefix(PROVINCE_SCOPED)  # (国际贸易“单一窗口”: a common name, scoped)
    return (
        key in keys
        or _NATIONAL_TAIL.sub("", key) in keys
        or _NATIONAL_INSIDE.search(key) is not None
    )


def shared_type(named_by: tuple[int, str], after: int) -> bool:
    """The names of a group share their type word: a bare one (“A”、“B”等机制), or one
    of three characters or 专项… right after the last name (“A”和“B”专项行动), not a longer
    head nor a kind after 等 (“A”、“B”等创新生态示范区)."""
    end, tw = named_by
    return len(tw) <= 2 or (
        end - len(tw) == after and len(tw.removeprefix("专项").removeprefix("系列")) <= 3
    )
