"""Calls to act in languages other than English: "Ver tienda", "In den Warenkorb", "詳細を見る".

A link or button whose whole text is one of these names what the reader can do, not what the
record is (``values.ACTION_TEXT`` joins them to its English phrases). Each table is a few stock
phrases of one language, matched whole, case aside; a handful of "see" verbs may also lead up to
``MAX_OBJECT_WORDS`` words of their own ("Ver más anuncios", "Bekijk woning", "Zobacz ofertę"),
as those verbs open no name or title.
"""

from __future__ import annotations

import re

#: Words a "see" verb may lead: "Voir le produit", "Lihat semua produk".
MAX_OBJECT_WORDS = 3

#: Imperatives of "see" / "view" that open only a call to act, never a title: Spanish and
#: Portuguese "ver", French "voir", Italian "vedi" / "scopri", Dutch "bekijk", Polish "zobacz",
#: Indonesian "lihat", Vietnamese "xem", Portuguese "confira".
SEE_VERBS: tuple[str, ...] = ("ver", "voir", "vedi", "scopri", "bekijk", "zobacz", "lihat", "xem", "confira")

#: Whole phrases, by language, each list comma-separated (lower case; the match ignores case).
_PHRASES: dict[str, str] = {
    "es": (
        "más, más información, saber más, leer más, seguir leyendo, detalles, añadir al carrito, "
        "agregar al carrito, añadir a la cesta, comprar, comprar ahora, reservar, reservar ahora, "
        "contactar, llamar, enviar mensaje, compartir, guardar, comparar, postularme, postular, "
        "inscribirme, solicitar, aplicar, favorito"
    ),
    "pt": (
        "mais, saiba mais, leia mais, ler mais, continuar lendo, detalhes, comprar já, "
        "adicionar ao carrinho, adicionar à sacola, colocar na sacola, compre agora, comprar agora, "
        "reservar, contatar, ligar, compartilhar, partilhar, salvar, guardar, comparar, candidatar-se, "
        "candidatar, favoritar"
    ),
    "fr": (
        "en savoir plus, lire la suite, lire plus, détails, ajouter au panier, acheter, "
        "acheter maintenant, réserver, contacter, appeler, partager, enregistrer, sauvegarder, comparer, "
        "postuler, postuler maintenant, découvrir, j'achète"
    ),
    "de": (
        "mehr, mehr erfahren, mehr lesen, mehr anzeigen, mehr infos, weiterlesen, weiter lesen, details, "
        "details ansehen, zum angebot, zum produkt, zum shop, zur anzeige, zum artikel, in den warenkorb, "
        "in den einkaufswagen, jetzt kaufen, kaufen, bestellen, jetzt bestellen, buchen, jetzt buchen, "
        "kontaktieren, anrufen, nachricht senden, teilen, merken, vergleichen, jetzt bewerben, bewerben, "
        "ausführung wählen, optionen wählen, ansehen, jetzt ansehen, anzeigen"
    ),
    "it": (
        "di più, leggi di più, leggi tutto, continua a leggere, scopri di più, dettagli, "
        "aggiungi al carrello, acquista, acquista ora, compra ora, prenota, prenota ora, contatta, chiama, "
        "condividi, salva, confronta, candidati"
    ),
    "nl": (
        "meer, lees meer, lees verder, meer info, meer informatie, details, bekijk details, "
        "in winkelwagen, in winkelmandje, toevoegen aan winkelwagen, in mijn winkelwagen, koop nu, kopen, "
        "bestellen, nu bestellen, boek nu, reserveren, contact opnemen, bellen, delen, opslaan, bewaren, "
        "vergelijk, vergelijken, solliciteer, solliciteer nu"
    ),
    "pl": (
        "więcej, czytaj więcej, czytaj dalej, szczegóły, dodaj do koszyka, do koszyka, kup, kup teraz, "
        "zamów, rezerwuj, zarezerwuj, zadzwoń, napisz, wyślij wiadomość, udostępnij, zapisz, porównaj, "
        "aplikuj, aplikuj teraz, obserwuj, dodaj do ulubionych"
    ),
    "sv": (
        "läs mer, visa mer, visa alla, se mer, se alla, detaljer, lägg i varukorgen, lägg i varukorg, köp, "
        "köp nu, boka, boka nu, dela, spara, jämför, ansök"
    ),
    "da-nb": (
        "læs mere, se mere, les mer, vis mer, vis mere, se alle, læg i kurv, læg i kurven, "
        "legg i handlekurven, legg i handlekurv, køb, køb nu, kjøp, kjøp nå, bestil, book nu, bestill, "
        "ring op, lagre, sammenlign, søg, søk, søk nå"
    ),
    "fi": (
        "lue lisää, näytä lisää, katso lisää, lisätiedot, lisää ostoskoriin, osta, osta nyt, varaa, soita, "
        "jaa, tallenna, vertaa, hae, hae nyt"
    ),
    "tr": (
        "daha fazla, devamını oku, detaylar, incele, detaylı incele, tümünü gör, sepete ekle, satın al, "
        "hemen al, şimdi al, rezervasyon yap, paylaş, kaydet, karşılaştır, başvur, favorilere ekle"
    ),
    "ru": (
        "подробнее, читать далее, читать дальше, читать полностью, узнать больше, ещё, еще, показать ещё, "
        "смотреть, посмотреть, в корзину, добавить в корзину, купить, купить сейчас, заказать, "
        "забронировать, позвонить, написать, показать телефон, поделиться, сохранить, в избранное, "
        "сравнить, откликнуться"
    ),
    "ja": (
        "詳細, 詳細を見る, 詳しく見る, 詳しくはこちら, もっと見る, 続きを読む, カートに入れる, "
        "カートに追加, 買い物かごに入れる, 購入する, 今すぐ購入, 予約する, 応募する, お気に入り, "
        "お気に入りに追加, シェア, 比較する, 一覧を見る"
    ),
    "zh": (
        "详情, 查看详情, 查看更多, 更多, 了解更多, 阅读全文, 阅读更多, 加入购物车, 立即购买, 立即预订, "
        "立即申请, 收藏, 分享, 对比, 詳情, 查看詳情, 閱讀更多, 加入購物車, 立即購買"
    ),
    "ko": (
        "자세히 보기, 자세히보기, 더보기, 더 보기, 상세보기, 장바구니, 장바구니 담기, 구매하기, 바로구매, "
        "예약하기, 지원하기, 공유, 공유하기, 찜, 찜하기, 비교하기"
    ),
    "id-ms": (
        "selengkapnya, baca selengkapnya, baca lagi, detail, tambah ke keranjang, + keranjang, "
        "masukkan keranjang, beli, beli sekarang, pesan sekarang, bandingkan, bagikan, simpan, "
        "lamar sekarang, hubungi"
    ),
    "vi": (
        "đọc thêm, chi tiết, thêm vào giỏ, thêm vào giỏ hàng, mua ngay, đặt ngay, đặt hàng, chia sẻ, "
        "so sánh, lưu, ứng tuyển"
    ),
    "hi": ("और पढ़ें, अधिक जानें, और देखें, विवरण देखें, कार्ट में डालें, कार्ट में जोड़ें, अभी खरीदें, खरीदें, शेयर करें, आवेदन करें"),
}
#: Every phrase of every language.
PHRASES: tuple[str, ...] = tuple(p.strip() for ps in _PHRASES.values() for p in ps.split(","))

_WORD = r"[^\W\d_][^\W\d_'’-]*"
_SEE = rf"(?:{'|'.join(SEE_VERBS)})(?:\s+{_WORD}){{0,{MAX_OBJECT_WORDS}}}"
_PHRASE = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in PHRASES)
#: One call to act in another language, for ``values.ACTION_TEXT`` to join (no anchors or ends).
FOREIGN_ACTION = rf"{_SEE}|{_PHRASE}"
