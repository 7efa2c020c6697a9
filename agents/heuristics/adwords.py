"""The words of an ad caption, as sites print them over a paid card, in the languages they write.

Laws and platforms make a paid placement say so in words ("Sponsored", "Anzeige", "Sponzorováno",
"Promovat", "Реклама", "広告", "광고", "推广"); those words are few in each language, so a
catalogue of them is what finds an ad card styled like the records. A caption is a whole short
text: an ad word alone, in brackets ("【PR】", "(Anzeige)"), or before its advertiser ("Ad · Forge",
"Gesponsert von Loewe"); a participle may head a list ("Sponsored Results", "Promovate").
"Anzeige-Display" is a name. Invisible characters that some feeds put inside the word to hide it
from ad blockers ("Spon\u00adsored") are read through.

Class words and test hooks naming an ad (``card--sponsored``, ``isPromoted``, ``data-testid="ad-card"``)
are read as words too: split at ``-``/``_`` and at the capitals of a camel-case name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from agents.heuristics.classfamilies import TOKEN_CACHE_SIZE

#: Participles and adjectives saying "sponsored" / "promoted": they stand alone or head a list.
#: English, German, Dutch, French, Spanish / Portuguese / Catalan, Italian, Romanian, Polish,
#: Czech / Slovak, Hungarian, South Slavic, Turkish, Nordic, Finnish, Baltic, Icelandic, Cyrillic,
#: Greek, Indonesian / Malay, Tagalog, Vietnamese, Hebrew, Arabic, Hindi, Thai.
_AD_PARTICIPLE = (
    r"sponsored|promoted|gesponserte?|gesponsorde?|sponsoris[ée]e?s?|patrocinad[oa]s?|patrocinat|"
    r"promovid[oa]s?|promocionad[oa]s?|sponsorizzat[oaie]|sponsorizat[eăa]?|promovat[eăa]?|"
    r"sponsorowan[eayio]|promowan[eayio]|sponzorovan[éáýoa]|sponzorováno|szponzor[aá]lt|"
    r"sponzorirano|sponzorisano|sponsorlu|sponsrad|sponsoreret|sponset|sponsoroitu|sponsoreeritud|"
    r"sponsorēt[sa]|remiam[ai]s?|kostað|спонсировано|спонсорск(?:ая|ое|ий)|спонсоровано|спонсовано|"
    r"спонзорисано|спонсорирано|χορηγούμεν[οηα]|χορηγουμεν[οηα]|bersponsor|disponsori|ditaja|"
    r"na-sponsor|được tài trợ|ממומן|ממומנת|ممول|مُموَّل|प्रायोजित|ได้รับการสนับสนุน"
)
#: Nouns saying "ad" / "advertising" / "sponsor": they stand alone or before the advertiser's name
#: (or before a participle: "Anuncio patrocinado", "إعلان ممول"). Japanese, Korean and Chinese
#: shops write them with no spaces around.
_AD_NOUN = (
    r"ads?|advert(?:isement)?|anzeigen?|werbung|reklame|publicit[ée]|publicidad|publicidade|publicitate|"
    r"publicitat|pubblicit[àa]|annonces?|annons|anuncios?|anúncios?|anunci|annunci[o]?|advertentie|reclame|"
    r"reclamă|reklama|reklam|reklaam|reklāma|hirdetés|mainos|auglýsing|oglas|iklan|quảng cáo|реклама|"
    r"оглас|жарнама|διαφήμιση|إعلان|מודעה|פרסומת|تبلیغ|اشتہار|विज्ञापन|โฆษณา|"
    r"広告|スポンサー(?:広告)?|광고|스폰서|广告|廣告|赞助|贊助|推广|推廣"
)
#: Japanese shops mark an ad with a bare "PR" ("【PR】"); only the whole text in capitals, as a word
#: it is also initials or a state's code.
_PR_MARK = re.compile(r"^PR$")
#: The word joining an ad word to its advertiser ("Ad by", "Gesponsert von", "Sponsrad av").
AD_JOINER = r"by|from|via|von|par|de|por|door|da|di|van|av|af|od|от"
_AD_CAPTION = re.compile(
    rf"^(?:(?:{_AD_PARTICIPLE})(?: [^\W\d_]+){{0,2}}|(?:{_AD_PARTICIPLE}|(?:{_AD_NOUN})(?:\s+(?:{_AD_PARTICIPLE}))?)"
    rf"(?:\s*[·|•:–—]|\s+-\s|\s+(?:{AD_JOINER})\s|$).*)$",
    re.IGNORECASE,
)
#: Brackets around a caption: "【PR】", "[Ad]", "(Anzeige)", "「広告」".
_BRACKETED = re.compile(r"^[\[(【「〔](.{1,38})[\])】」〕]$")
#: Soft hyphens, zero-width spaces and joiners, word joiners, byte-order marks.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
#: Captions are a word or two ("Sponsored", "Ad · Forge & Co.").
MAX_CAPTION_CHARS = 40

#: Class and test-hook words of a paid placement; "promoted" is kept apart (``PROMOTED_WORD``).
PAID_WORDS = frozenset({"sponsored", "sponsor", "ad", "ads", "advert", "advertisement"})
#: "promoted" names an editor's pick as often as a paid placement (a help centre's starred article).
PROMOTED_WORD = "promoted"
#: "promo" names a deal as often as an ad.
PROMO_WORD = "promo"
#: A word saying the next one does not hold: ``non-sponsored-photo``, ``no-ads``, ``notPromoted``.
_NEGATIONS = frozenset({"non", "no", "not", "without"})
#: A camel-case name of words (``isPromoted``, ``browsingitemPromoted``, ``AdCard``): lowercase
#: words of two letters or more, or capitalised ones. Hashes (``kAdFg``, ``dAbbOL``) are not.
_CAMEL_NAME = re.compile(r"^(?:[a-z]{2,}|[A-Z][a-z]+)(?:[A-Z][a-z]+)+$")
_CAMEL_WORD = re.compile(r"[A-Z]?[a-z]+")
#: Class names and hook values are short; a longer one is no name of words.
MAX_NAME_CHARS = 80


def is_ad_caption(text: str) -> bool:
    """Whether ``text`` is a whole ad caption ("Sponsored", "Ad · Forge & Co.", "Gesponsert von
    Loewe", "【PR】", "Reklama")."""
    text = text.translate(_INVISIBLE).strip()
    if not text or len(text) > MAX_CAPTION_CHARS:
        return False
    if (inner := _BRACKETED.match(text)) is not None:
        text = inner.group(1).strip()
    return bool(_AD_CAPTION.match(text) or _PR_MARK.match(text))


def name_words(name: str) -> list[str]:
    """The words of a class name or test hook, lowercase: ``card--sponsored`` → card, sponsored;
    ``browsingitemPromoted`` → browsingitem, promoted; a negated word is left out
    (``non-sponsored-photo`` → photo)."""
    return list(_name_words(name))


def _name_words(name: str) -> tuple[str, ...]:
    # Cached on the part read: a hostile page's 100 KB class names are not kept by the cache.
    return _words_of(name[:MAX_NAME_CHARS])


@lru_cache(maxsize=TOKEN_CACHE_SIZE)  # every class of every card is asked about, the same few hundred names
def _words_of(name: str) -> tuple[str, ...]:
    words: list[str] = []
    negated = False
    for part in re.split(r"[-_\s]+", name):
        pieces = _CAMEL_WORD.findall(part) if _CAMEL_NAME.match(part) else [part]
        for piece in pieces:
            word = piece.lower()
            if word in _NEGATIONS:
                negated = True
                continue
            if not negated and word:
                words.append(word)
            negated = False
    return tuple(words)


def names_paid(name: str) -> bool:
    """Whether a class name or hook holds a word of a paid placement (``sponsored-card``, ``isAd``)."""
    return any(w in PAID_WORDS for w in _name_words(name))


def names_promoted(name: str) -> bool:
    """Whether a class name or hook holds "promoted" (``isPromoted``, ``article-promoted``)."""
    return PROMOTED_WORD in _name_words(name)


def names_promo(name: str) -> bool:
    """Whether a class name holds "promo" as a word (``item-promo``, ``promoBadge``)."""
    return PROMO_WORD in _name_words(name)
