"""Longer ways of saying "next page": a label's sentence ("Go to the next page", "Zur nächsten Seite",
"Przejdź do następnej strony") and a blog's "older posts" in other languages ("Entradas anteriores",
"Oudere berichten", "Starsze wpisy").

A label (``aria-label``, ``title``, hidden text) speaks for a link that shows only an icon, so it is a whole
sentence with a verb and an inflected "next" around the word: the sentence is searched for the word, not
matched whole. A blog's "older posts" often says "previous" ("anteriores", "précédents", "前の投稿"): it is
taken only where the link leads to a numbered page of the same list (``saysnext``).
"""

from __future__ import annotations

import re

#: "Next" as it is inflected inside a sentence: "nächsten", "następnej", "следующую", "seuraavalle".
_NEXT_WORD = (
    r"next|nächste[nmrs]?|suivante?s?|siguientes?|próxim[oa]s?|proxim[oa]s?|successiv[oa]|seguente|seguinte|"
    r"volgende|następn\w*|nästa|næste|neste|seuraav\w*|další|ďalš\w*|sonraki|berikutnya|selanjutnya|"
    r"следующ\w*|наступн\w*|следващ\w*|επόμεν\w*|következő|următoare\w*|sljedeć\w*|sledeć\w*|naslednj\w*|"
    r"järgmi\w*|nākam\w*"
)
#: "Next" in scripts written without spaces between words, found anywhere in the label.
_UNSPACED_NEXT = (
    r"次のページ|次ページ|下一页|下一頁|下页|다음|ถัดไป|tiếp theo|trang sau|הבא|הבאה|التالي|التالية|अगला|अगले"
)
LABEL_NEXT = re.compile(rf"(?<!\w)(?:{_NEXT_WORD})(?!\w)|{_UNSPACED_NEXT}", re.IGNORECASE)
#: A label's sentence about a calendar or an item rather than a page: "next week", "next slide".
_NOT_A_PAGE = re.compile(
    r"(?<!\w)(?:day|week|month|year|slide|image|photo|picture|video|track|song|tag|woche|monat|jahr|semaine|mois|"
    r"semana|mes|diapositiva|bild|foto|imagen)(?!\w)",
    re.IGNORECASE,
)
#: "Older posts" as blogs of other languages write it (WordPress's and Blogger's translations among them).
OLDER_POSTS = re.compile(
    r"^(?:[«‹←]\s*)?(?:"
    r"(?:entradas|artículos|publicaciones|noticias) (?:anteriores|más antiguas|más antiguos|antiguas)|"
    r"(?:posts|artigos|publicações|postagens|mensagens|notícias) (?:mais antig[oa]s|anteriores|antig[oa]s)|"
    r"(?:articoli|post|notizie) (?:meno recenti|più vecchi|precedenti)|"
    r"(?:articles|messages|billets|publications|actualités) (?:plus ancien(?:ne)?s|précédente?s)|"
    r"ältere (?:artikel|posts|nachrichten|meldungen)|oudere (?:berichten|posts|artikelen|items|nieuwsberichten)|"
    r"(?:starsze|poprzednie) (?:wpisy|posty|artykuły)|äldre (?:inlägg|poster|artiklar|nyheter)|"
    r"ældre (?:indlæg|opslag|artikler|nyheder)|eldre (?:innlegg|poster|artikler|nyheter)|"
    r"vanhemmat (?:artikkelit|kirjoitukset|tekstit|viestit|uutiset)|starší (?:příspěvky|články|záznamy|zprávy)|"
    r"(?:önceki|eski|daha eski) (?:yazılar|gönderiler|iletiler|haberler)|"
    r"(?:предыдущие|старые|более старые|ранние) (?:записи|сообщения|статьи|новости)|"
    r"(?:попередні|старіші|старі) (?:записи|дописи|статті|новини)|"
    r"(?:tulisan|pos|posting|postingan|artikel|berita) (?:lama|lebih lama|sebelumnya)|"
    r"(?:bài|bài đăng|bài viết|tin) (?:cũ hơn|trước)|"
    r"古い(?:投稿|記事)|以前の(?:投稿|記事)|前の投稿|较早的(?:文章|博文|帖子)|更早的文章|较旧的(?:文章|博文)|"
    r"較早的(?:文章|博文)|較舊的(?:文章|博文)|舊文章|이전 (?:글|게시물)"
    r")(?:\s*[›»→>❯]+)?$",
    re.IGNORECASE,
)


def label_says_next(label: str) -> bool:
    """A label's sentence says it leads to the next page ("Go to next page", "Ir a la página siguiente"),
    not to the next day of a calendar or the next picture of a slideshow."""
    return bool(LABEL_NEXT.search(label)) and not _NOT_A_PAGE.search(label)
