"""Held-out wave thirty-three (b): three list pages from Spain and Finland, each copied from its real 2024–25
platform markup with invented data, written and frozen by a helper who never read the Scout.

* **pisofoto** — a Spanish property portal's rental search built like Fotocasa
  (``/es/alquiler/viviendas/madrid-capital/todas-las-zonas/l``, then ``/l/2`` and ``/l/3``).
* **infocurro** — a Spanish job board's search results built like InfoJobs (``/ofertas-trabajo/madrid/madrid``,
  then ``?page=2`` / ``?page=3``).
* **kauppapaikka** — a Finnish classifieds search built like Tori.fi on the Vend recommerce platform
  (``/recommerce/forsale/search?q=sohva``, then ``?page=2&q=sohva`` / ``?page=3&q=sohva``).

Run ``uv run python tests/sites/corpus/generate_held_out_thirtythirdb.py`` to rebuild them (the helpers and the
conventions are those of ``generate.py``; see the corpus README). Every site here is **frozen**: never open its
pages, its expected records or this script while tuning the Scout.
"""

# ruff: noqa: E501

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).parent))

from generate import FROZEN, ROOT, Site, chunks, esc, slug

FROZEN |= {"pisofoto", "infocurro", "kauppapaikka"}

WAVE: dict[str, Callable[[], None]] = {}


def wave(func: Callable[[], None]) -> Callable[[], None]:
    """Register a site builder of this wave."""
    WAVE[func.__name__.removeprefix("build_").replace("_", "-")] = func
    return func


def _num(text: str, size: int = 9) -> int:
    """A stable number derived from ``text`` (the real sites use database ids)."""
    return int(hashlib.sha1(text.encode()).hexdigest()[:12], 16) % (10**size)


def _hex(text: str, size: int = 6) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:size]


def _uuid(text: str) -> str:
    h = hashlib.sha1(text.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


NBSP = "\u00a0"


def _thousands(value: int, sep: str = ".") -> str:
    return f"{value:,}".replace(",", sep)


# ---------------------------------------------------------------------------------------------------
# pisofoto: a Fotocasa-like rental search, /es/alquiler/viviendas/madrid-capital/todas-las-zonas/l then /l/2, /l/3.
# ---------------------------------------------------------------------------------------------------

PF_BASE = "/es/alquiler/viviendas/madrid-capital/todas-las-zonas/l"


class Flat(NamedTuple):
    kind: str
    street: str | None
    barrio: str
    price: int
    drop: int | None
    rooms: int | None
    baths: int | None
    area: int | None
    floor: str | None
    extras: list[str]
    agency: str | None
    premium: bool
    photos: int
    novelty: bool
    text: str


# fmt: off
PF_FLATS: list[Flat] = [
    Flat("Piso", "Calle de Fuencarral", "Trafalgar", 1650, None, 2, 1, 72, "Planta 3ª", ["Ascensor", "Aire acondicionado", "Calefacción"], "Vivienda Centro Inmobiliaria", True, 24, True, "Luminoso piso exterior totalmente reformado a dos minutos del metro Bilbao. Salón con balcón a la calle, cocina equipada y dos dormitorios dobles."),
    Flat("Piso", "Calle de Alcalá", "Goya", 2300, 150, 3, 2, 118, "Planta 5ª", ["Ascensor", "Aire acondicionado", "Calefacción", "Terraza"], "Barrio de Salamanca Homes", True, 31, False, "Magnífico piso en finca señorial con portero físico. Tres dormitorios, dos baños completos, terraza acristalada y calefacción central."),
    Flat("Estudio", "Calle del Pez", "Universidad", 890, None, None, 1, 34, "Planta 1ª", ["Amueblado"], None, False, 9, True, "Estudio coqueto y totalmente amueblado en pleno Malasaña. Ideal para una persona. Gastos de comunidad incluidos."),
    Flat("Piso", "Calle de Embajadores", "Acacias", 1180, None, 2, 1, 65, "Planta 2ª", ["Ascensor", "Calefacción"], "Tecnocasa Estudio Embajadores", True, 18, False, "Piso de dos dormitorios junto a Madrid Río, cocina independiente, calefacción individual de gas natural."),
    Flat("Ático", "Calle de Sagasta", "Almagro", 3200, 200, 2, 2, 95, "Planta 7ª", ["Ascensor", "Terraza", "Aire acondicionado", "Calefacción", "Parking"], "Chamberí Prime Real Estate", True, 36, False, "Espectacular ático con terraza de 40 m² y vistas despejadas. Plaza de garaje incluida en el precio."),
    Flat("Piso", "Paseo de las Delicias", "Delicias", 1090, None, 2, 1, 70, "Bajos", ["Calefacción"], None, False, 7, False, "Piso bajo exterior con patio privado, reformado hace dos años. A cinco minutos de la estación de Delicias."),
    Flat("Piso", "Calle de Bravo Murillo", "Cuatro Caminos", 1350, None, 3, 1, 80, "Planta 4ª", ["Ascensor", "Calefacción"], "Redpiso Cuatro Caminos", True, 22, True, "Tres dormitorios, salón comedor y cocina amueblada con electrodomésticos. Calefacción central incluida en la comunidad."),
    Flat("Dúplex", "Calle de la Palma", "Universidad", 1950, None, 2, 2, 88, "Planta 4ª", ["Aire acondicionado", "Amueblado"], None, False, 14, False, "Dúplex abuhardillado con vigas de madera vistas, dos baños y aire acondicionado por conductos. Sin ascensor."),
    Flat("Piso", "Calle de Arturo Soria", "Costillares", 1480, 100, 3, 2, 105, "Planta 1ª", ["Ascensor", "Piscina", "Parking", "Calefacción"], "Hortaleza Gestión Inmobiliaria", True, 27, False, "Piso en urbanización cerrada con piscina comunitaria y zonas verdes. Plaza de garaje y trastero incluidos."),
    Flat("Piso", None, "Lavapiés", 1050, None, 1, 1, 48, "Planta 2ª", ["Balcón", "Amueblado"], None, False, 11, True, "Apartamento de un dormitorio con balcón, amueblado y listo para entrar a vivir. Contrato mínimo de un año."),
    Flat("Piso", "Calle de Ibiza", "Ibiza", 1720, None, 2, 1, 76, "Planta 6ª", ["Ascensor", "Aire acondicionado", "Calefacción"], "Retiro Habitat Inmobiliaria", True, 20, False, "Piso luminoso a un paso del Retiro. Dos dormitorios, baño reformado y cocina office. Portero automático."),
    Flat("Piso", "Calle de Antonio López", "Comillas", 980, None, 2, 1, 62, "Planta 3ª", ["Ascensor"], None, False, 6, False, "Piso exterior de dos dormitorios junto al metro Marqués de Vadillo. Se pide aval bancario."),
    Flat("Piso", "Calle de Princesa", "Argüelles", 2150, None, 3, 2, 110, "Planta 2ª", ["Ascensor", "Calefacción", "Amueblado"], "Moncloa Living Real Estate", True, 29, False, "Amplio piso amueblado en Argüelles, tres dormitorios, dos baños, salón de 30 m² con mirador."),
    Flat("Piso", "Avenida de la Albufera", "San Diego", 920, 50, 2, 1, 58, "Planta 4ª", ["Ascensor", "Calefacción"], None, False, 8, False, "Piso reformado en Puente de Vallecas, muy bien comunicado con la línea 1 de metro."),
    Flat("Piso", "Calle de Cea Bermúdez", "Vallehermoso", 1890, None, 2, 2, 92, "Planta 8ª", ["Ascensor", "Aire acondicionado", "Calefacción", "Terraza"], "Tecnocasa Estudio Cea Bermúdez", True, 25, True, "Piso alto con terraza y vistas a la sierra. Dos baños, armarios empotrados y calefacción central."),
    Flat("Estudio", "Calle de Toledo", "Palacio", 820, None, None, 1, 30, "Entresuelo", ["Amueblado", "Aire acondicionado"], None, False, 10, False, "Estudio a estrenar junto a la Plaza Mayor, amueblado con cocina americana y aire acondicionado."),
    Flat("Piso", "Calle de López de Hoyos", "Prosperidad", 1420, None, 3, 1, 84, "Planta 5ª", ["Ascensor", "Calefacción"], "Prosperidad Home Agencia", True, 19, False, "Tres dormitorios exteriores, cocina con tendedero y baño con ducha. Metro Prosperidad a 200 metros."),
    Flat("Piso", "Calle del General Ricardos", "Opañel", 850, None, 2, 1, 60, "Planta 1ª", [], None, False, 5, False, "Piso de dos dormitorios para reformar a gusto del inquilino. Precio negociable para contratos largos."),
    Flat("Piso", "Calle de Ferraz", "Argüelles", 2500, None, 3, 2, 125, "Planta 3ª", ["Ascensor", "Aire acondicionado", "Calefacción", "Balcón"], "Vivienda Centro Inmobiliaria", True, 33, False, "Piso señorial con balcones corridos frente al Templo de Debod. Suelos de madera y techos altos."),
    Flat("Piso", None, "Tetuán de las Victorias", 1120, None, 2, 1, 67, "Planta 2ª", ["Ascensor", "Amueblado"], None, False, 12, True, "Piso amueblado de dos habitaciones en zona tranquila con todos los servicios."),
    Flat("Piso", "Calle de Santa Engracia", "Ríos Rosas", 1600, None, 2, 1, 80, "Planta 4ª", ["Ascensor", "Calefacción"], "Chamberí Prime Real Estate", True, 21, False, "Piso exterior con mucha luz en Ríos Rosas, dos dormitorios dobles y cocina reformada."),
    Flat("Ático", "Calle de Ávila", "Bellas Vistas", 1250, 100, 1, 1, 55, "Planta 6ª", ["Ascensor", "Terraza"], None, False, 9, False, "Ático con terraza privada de 15 m², un dormitorio y cocina abierta al salón."),
    Flat("Piso", "Calle de Hermosilla", "Lista", 2750, None, 3, 2, 130, "Planta 2ª", ["Ascensor", "Aire acondicionado", "Calefacción"], "Barrio de Salamanca Homes", True, 40, True, "Piso reformado con calidades de lujo en el Barrio de Salamanca, tres dormitorios en suite."),
    Flat("Piso", "Calle de Marcelo Usera", "Moscardó", 890, None, 3, 1, 72, "Planta 3ª", ["Calefacción"], None, False, 6, False, "Piso de tres habitaciones cerca del metro Usera. Se admiten mascotas."),
    Flat("Piso", "Calle de Alcalá", "Quintana", 1100, None, 2, 1, 64, "Planta 7ª", ["Ascensor", "Aire acondicionado"], "Redpiso Ciudad Lineal", True, 16, False, "Piso alto con vistas en Quintana, dos dormitorios, aire acondicionado y calefacción eléctrica."),
    Flat("Piso", "Calle de Orense", "Cuatro Caminos", 1980, None, 2, 2, 90, "Planta 9ª", ["Ascensor", "Piscina", "Aire acondicionado", "Parking"], "Azca Residencial", True, 28, False, "Piso en edificio con conserje 24 h y piscina en la azotea. Plaza de garaje opcional."),
    Flat("Piso", None, "Pacífico", 1300, None, 2, 1, 70, None, ["Amueblado"], None, False, 8, False, "Piso amueblado de dos dormitorios en Pacífico. Disponible desde el 1 de abril."),
    Flat("Piso", "Calle de O'Donnell", "Niño Jesús", 2050, 150, 3, 2, 115, "Planta 4ª", ["Ascensor", "Calefacción", "Terraza"], "Retiro Habitat Inmobiliaria", True, 26, False, "Piso de tres dormitorios junto al Retiro con terraza y dos baños completos."),
    Flat("Estudio", "Calle de la Cava Baja", "Palacio", 950, None, None, 1, 38, "Planta 3ª", ["Aire acondicionado", "Amueblado"], None, False, 13, True, "Estudio con encanto en La Latina, vigas de madera y totalmente amueblado."),
    Flat("Piso", "Calle de Isaac Peral", "Arapiles", 1550, None, 2, 1, 75, "Planta 2ª", ["Ascensor", "Calefacción"], "Tecnocasa Estudio Cea Bermúdez", True, 17, False, "Piso exterior con dos dormitorios en Arapiles, a un paso de Moncloa y la Ciudad Universitaria."),
    Flat("Piso", "Calle de Valderribas", "Pacífico", 1150, None, 2, 1, 68, "Bajos", [], None, False, 4, False, "Piso bajo con dos dormitorios y patio de uso exclusivo."),
    Flat("Piso", "Paseo de la Castellana", "Castillejos", 2900, None, 3, 3, 140, "Planta 10ª", ["Ascensor", "Aire acondicionado", "Calefacción", "Piscina", "Parking"], "Castellana Luxury Homes", True, 42, False, "Piso de lujo en la Castellana con tres baños, piscina comunitaria, gimnasio y dos plazas de garaje."),
    Flat("Piso", "Calle de San Bernardo", "Universidad", 1400, None, 1, 1, 55, "Planta 1ª", ["Calefacción", "Balcón"], None, False, 10, False, "Piso de un dormitorio con balcón en Malasaña. Edificio rehabilitado."),
    Flat("Dúplex", "Calle de Martínez Izquierdo", "Guindalera", 2200, 100, 3, 2, 120, "Planta 5ª", ["Ascensor", "Terraza", "Aire acondicionado"], "Prosperidad Home Agencia", True, 23, True, "Dúplex con terraza en la planta superior, tres dormitorios y dos baños. Zona residencial muy tranquila."),
    Flat("Piso", "Calle de Pedro Laborde", "San Diego", 780, None, 2, 1, 55, "Planta 2ª", [], None, False, 3, False, "Piso económico de dos habitaciones en Vallecas. Imprescindible nómina."),
    Flat("Piso", "Calle de Doctor Esquerdo", "Estrella", 1500, None, 3, 2, 98, "Planta 6ª", ["Ascensor", "Calefacción", "Parking"], "Retiro Habitat Inmobiliaria", True, 20, False, "Piso de tres dormitorios en La Estrella con plaza de garaje y dos baños."),
    Flat("Piso", None, "Chueca", 1750, None, 2, 1, 66, "Planta 3ª", ["Aire acondicionado", "Amueblado"], None, False, 15, False, "Piso reformado y amueblado en pleno Chueca, dos dormitorios y aire acondicionado."),
    Flat("Piso", "Calle de Francos Rodríguez", "Valdezarza", 990, None, 2, 1, 63, "Planta 1ª", ["Ascensor"], "Tecnocasa Estudio Valdezarza", True, 14, False, "Piso de dos habitaciones junto al metro Francos Rodríguez. Cocina equipada."),
    Flat("Piso", "Calle de Jorge Juan", "Recoletos", 3400, None, 4, 3, 180, "Planta 2ª", ["Ascensor", "Aire acondicionado", "Calefacción"], "Barrio de Salamanca Homes", True, 45, False, "Piso señorial de cuatro dormitorios y tres baños junto a la calle Serrano. Zona de servicio."),
    Flat("Estudio", "Calle de Tribulete", "Embajadores", 750, None, None, 1, 28, "Bajos", ["Amueblado"], None, False, 6, True, "Estudio amueblado en Lavapiés, ideal para estudiantes. Gastos aparte."),
    Flat("Piso", "Calle de Alberto Aguilera", "Arapiles", 1680, 120, 2, 2, 85, "Planta 4ª", ["Ascensor", "Calefacción", "Aire acondicionado"], "Moncloa Living Real Estate", True, 24, False, "Piso con dos dormitorios y dos baños en Alberto Aguilera, totalmente exterior."),
    Flat("Piso", "Calle de Cartagena", "Guindalera", 1380, None, 2, 1, 74, "Planta 3ª", ["Ascensor", "Calefacción"], None, False, 9, False, "Piso exterior de dos dormitorios con armarios empotrados y cocina amueblada."),
    Flat("Piso", "Avenida de Oporto", "Opañel", 940, None, 3, 1, 75, "Planta 4ª", ["Ascensor"], "Redpiso Carabanchel", True, 15, False, "Tres dormitorios en Oporto con ascensor, muy cerca del metro y del intercambiador."),
    Flat("Piso", None, "Almagro", 2600, None, 3, 2, 128, "Planta 1ª", ["Ascensor", "Calefacción"], None, False, 18, False, "Piso clásico en Almagro con techos altos y suelos de madera. Calefacción central."),
    Flat("Piso", "Calle de Tomás Bretón", "Chopera", 1050, None, 2, 1, 60, "Planta 5ª", ["Ascensor", "Aire acondicionado"], "Arganzuela Pisos", True, 16, True, "Piso de dos dormitorios en Arganzuela junto a Matadero Madrid, reformado en 2023."),
    Flat("Piso", "Calle de Narváez", "Ibiza", 1590, None, 2, 1, 78, "Planta 2ª", ["Ascensor", "Calefacción", "Amueblado"], None, False, 12, False, "Piso amueblado en Narváez, dos dormitorios y salón comedor exterior."),
    Flat("Ático", "Calle de Ponzano", "Ríos Rosas", 2450, 250, 2, 2, 100, "Planta 6ª", ["Ascensor", "Terraza", "Aire acondicionado", "Calefacción"], "Chamberí Prime Real Estate", True, 34, False, "Ático con gran terraza en la calle Ponzano, dos dormitorios y dos baños."),
    Flat("Piso", "Calle de Alcalá", "Pueblo Nuevo", 1020, None, 2, 1, 66, "Planta 3ª", ["Ascensor", "Calefacción"], None, False, 7, False, "Piso en Pueblo Nuevo con dos dormitorios, a un paso del metro."),
    Flat("Piso", "Calle de Raimundo Fernández Villaverde", "Castillejos", 1850, None, 3, 2, 102, "Planta 7ª", ["Ascensor", "Aire acondicionado", "Calefacción", "Parking"], "Azca Residencial", True, 26, False, "Piso de tres dormitorios y dos baños junto a Nuevos Ministerios, con plaza de garaje."),
    Flat("Piso", "Calle de la Oca", "Vista Alegre", 880, None, 2, 1, 57, "Planta 1ª", ["Calefacción"], None, False, 5, False, "Piso de dos dormitorios en Vista Alegre, reformado y luminoso."),
    Flat("Piso", "Calle de Velázquez", "Castellana", 3100, None, 3, 2, 150, "Planta 4ª", ["Ascensor", "Aire acondicionado", "Calefacción", "Terraza"], "Castellana Luxury Homes", True, 38, True, "Piso reformado con terraza en Velázquez, tres dormitorios y dos baños completos."),
    Flat("Piso", "Calle de Guzmán el Bueno", "Vallehermoso", 1450, None, 2, 1, 70, None, ["Ascensor", "Calefacción"], None, False, 10, False, "Piso en Guzmán el Bueno con dos dormitorios, a cinco minutos de Islas Filipinas."),
    Flat("Piso", "Calle de Pradillo", "Prosperidad", 1700, None, 3, 2, 95, "Planta 2ª", ["Ascensor", "Calefacción", "Terraza"], "Prosperidad Home Agencia", True, 22, False, "Piso con terraza en Pradillo, tres dormitorios y dos baños, junto a Plaza de Castilla."),
    Flat("Estudio", None, "Sol", 1100, 50, None, 1, 36, "Planta 2ª", ["Aire acondicionado", "Amueblado", "Ascensor"], None, False, 11, False, "Estudio a estrenar en Sol, amueblado y con ascensor, ideal para profesionales."),
]
# fmt: on

PF_PER_PAGE = 20

#: promo text | button (promos between the cards, not records)
PF_PROMOS = [
    ("¿Buscas piso? Crea una alerta y sé el primero en enterarte", "Guardar búsqueda"),
    ("Alquila sin fianza con el Seguro de Impago Pisofoto", "Más información"),
]

PF_RELATED = [
    ("Pisos en alquiler en Chamberí", "chamberi", 412),
    ("Pisos en alquiler en Salamanca", "salamanca", 538),
    ("Pisos en alquiler en Centro", "centro", 771),
    ("Pisos en alquiler en Retiro", "retiro", 264),
    ("Pisos en alquiler en Arganzuela", "arganzuela", 233),
    ("Pisos en alquiler en Tetuán", "tetuan", 198),
]

PF_TOTAL = 1284


def _pf_id(f: Flat) -> int:
    return 180_000_000 + _num(f"{f.street}|{f.barrio}|{f.price}", 7)


def _pf_title(f: Flat) -> str:
    place = f"{f.street}, {f.barrio}" if f.street else f.barrio
    return f"{f.kind} en {place}, Madrid Capital"


def _pf_url(f: Flat) -> str:
    parts = [slug(e) for e in f.extras if e != "Amueblado"]
    parts.append("amueblado" if "Amueblado" in f.extras else "no-amueblado")
    return f"/es/alquiler/vivienda/madrid-capital/{'-'.join(parts)}/{_pf_id(f)}/d"


def _pf_page_href(number: int) -> str:
    return PF_BASE if number == 1 else f"{PF_BASE}/{number}"


def _pf_rooms(n: int) -> str:
    return f"{n} hab." if n == 1 else f"{n} habs."


def _pf_baths(n: int) -> str:
    return f"{n} baño" if n == 1 else f"{n} baños"


def _pf_img(f: Flat, i: int) -> str:
    return f"https://static.pisofoto.es/images/ads/{_uuid(f'{_pf_id(f)}-{i}')}?rule=web_412x257"


def _pf_icon(name: str) -> str:
    paths = {
        "rooms": "M3 18v-6a3 3 0 013-3h12a3 3 0 013 3v6M3 14h18M6 9V6h12v3",
        "bathrooms": "M4 12h16v3a4 4 0 01-4 4H8a4 4 0 01-4-4zM6 12V5a2 2 0 014 0",
        "surface": "M4 4h16v16H4zM4 9h5V4",
        "floor": "M4 20h16M6 20V8l6-4 6 4v12",
        "elevator": "M7 3h10v18H7zM10 8l2-2 2 2M10 16l2 2 2-2",
        "phone": "M6 3h4l2 5-2.5 1.5a11 11 0 005 5L16 12l5 2v4a2 2 0 01-2 2A16 16 0 014 5a2 2 0 012-2",
        "heart": "M12 21l-8-8a5 5 0 017-7l1 1 1-1a5 5 0 017 7z",
        "down": "M12 5v14M6 13l6 6 6-6",
    }
    return f'<svg class="sui-AtomIcon sui-AtomIcon--small re-Icon re-Icon--{name}" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="{paths[name]}" fill="none" stroke="currentColor" stroke-width="1.5"></path></svg>'


def _pf_price(f: Flat) -> str:
    drop = ""
    if f.drop:
        drop = f"""
            <span class="re-CardPriceComposite-reduction re-CardPriceReduction" data-testid="price-reduction">{_pf_icon("down")}<span class="re-CardPriceReduction-text">Ha bajado {_thousands(f.drop)} €</span></span>"""
    return f"""<div class="re-CardPriceComposite">
            <span class="re-CardPrice" data-testid="price">{_thousands(f.price)} €<span class="re-CardPrice-periodicity">/mes</span></span>{drop}
          </div>"""


def _pf_features(f: Flat) -> str:
    items: list[tuple[str, str]] = []
    if f.rooms:
        items.append(("rooms", _pf_rooms(f.rooms)))
    if f.baths:
        items.append(("bathrooms", _pf_baths(f.baths)))
    if f.area:
        items.append(("surface", f"{f.area} m²"))
    if f.floor:
        items.append(("floor", f.floor))
    for extra in f.extras:
        items.append(("elevator" if extra == "Ascensor" else "extra", extra))
    if f.premium:
        lis = "".join(
            f'<li class="re-CardFeaturesWithIcons-feature"><span class="re-CardFeaturesWithIcons-feature-icon re-CardFeaturesWithIcons-feature-icon--{key}">{_pf_icon(key) if key in ("rooms", "bathrooms", "surface", "floor", "elevator") else ""}{esc(text)}</span></li>'
            for key, text in items
        )
        return f'<ul class="re-CardFeaturesWithIcons-wrapper">{lis}</ul>'
    lis = "".join(f'<li class="re-CardFeatures-feature">{esc(text)}</li>' for _key, text in items)
    return f'<ul class="re-CardFeatures-wrapper">{lis}</ul>'


def _pf_carousel(f: Flat, title: str, url: str, shown: int) -> str:
    imgs = []
    for i in range(shown):
        lazy = ' loading="lazy"' if i else ""
        active = " re-CardMultimediaSlider-slide--active" if i == 0 else ""
        imgs.append(
            f'<div class="sui-MoleculeCarousel-slide re-CardMultimediaSlider-slide{active}" aria-hidden="{"false" if i == 0 else "true"}"><img class="re-CardMultimediaSlider-image" src="{_pf_img(f, i)}" alt="{esc(title)}"{lazy} width="412" height="257"/></div>'
        )
    return f"""<a class="re-Card-link" href="{url}" title="{esc(title)}" data-panot-component="card-multimedia">
        <div class="re-CardMultimediaSlider" data-testid="card-multimedia-slider">
          <div class="sui-MoleculeCarousel" role="region" aria-roledescription="carrusel" aria-label="Fotos del inmueble">
            <div class="sui-MoleculeCarousel-track">{"".join(imgs)}</div>
            <button type="button" class="sui-MoleculeCarousel-arrow sui-MoleculeCarousel-arrow--prev" aria-label="Foto anterior"></button>
            <button type="button" class="sui-MoleculeCarousel-arrow sui-MoleculeCarousel-arrow--next" aria-label="Foto siguiente"></button>
          </div>
          <span class="re-CardMultimediaSlider-counter">1/{f.photos}</span>
        </div>
      </a>"""


def _pf_card(f: Flat, position: int) -> str:
    title = _pf_title(f)
    url = _pf_url(f)
    ident = _pf_id(f)
    tag = (
        '<span class="sui-AtomTag sui-AtomTag--small re-CardTag re-CardTag--novelty">Novedad</span>'
        if f.novelty
        else ""
    )
    if f.premium:
        logo = ""
        if f.agency:
            agency_id = 9_000_000 + _num(f.agency, 6)
            logo = f"""
        <div class="re-CardPackPremium-logo">
          <a class="re-CardPromotionLogo" href="/es/inmobiliaria/{slug(f.agency)}/{agency_id}" title="{esc(f.agency)}"><img class="re-CardPromotionLogo-image" src="https://static.pisofoto.es/images/logos/{_hex(f.agency, 16)}.png?rule=logo_160x60" alt="{esc(f.agency)}" loading="lazy"/></a>
        </div>"""
        return f"""
  <article class="re-CardPackPremium" data-testid="re-CardPackPremium" data-id="{ident}" data-position="{position}">
    <div class="re-CardPackPremium-carousel">
      {_pf_carousel(f, title, url, min(f.photos, 4))}
      <div class="re-CardPackPremium-tags">{tag}</div>
      <button type="button" class="sui-AtomButton sui-AtomButton--circular re-CardFavoriteButton" aria-label="Guardar como favorito">{_pf_icon("heart")}</button>
    </div>
    <div class="re-CardPackPremium-info">{logo}
      <a class="re-CardPackPremium-info-container" href="{url}">
        <div class="re-CardHeader">
          {_pf_price(f)}
        </div>
        <h3 class="re-CardTitle re-CardTitle--big"><span class="re-CardTitle-text">{esc(title)}</span></h3>
        {_pf_features(f)}
        <p class="re-CardDescription"><span class="re-CardDescription-text">{esc(f.text)}</span></p>
      </a>
      <div class="re-CardFooter">
        <div class="re-CardContact">
          <button type="button" class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--outline re-CardContact-phone" data-testid="card-phone-button">{_pf_icon("phone")}<span class="sui-AtomButton-content">Llamar</span></button>
          <button type="button" class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--solid re-CardContact-button" data-testid="card-contact-button"><span class="sui-AtomButton-content">Contactar</span></button>
        </div>
      </div>
    </div>
  </article>"""
    return f"""
  <article class="re-CardPackMinimal" data-testid="re-CardPackMinimal" data-id="{ident}" data-position="{position}">
    <div class="re-CardPackMinimal-slider">
      {_pf_carousel(f, title, url, 1)}
      {tag}
      <button type="button" class="sui-AtomButton sui-AtomButton--circular re-CardFavoriteButton" aria-label="Guardar como favorito">{_pf_icon("heart")}</button>
    </div>
    <a class="re-CardPackMinimal-info-container" href="{url}">
      <div class="re-CardHeader">
        {_pf_price(f)}
      </div>
      <h3 class="re-CardTitle"><span class="re-CardTitle-text">{esc(title)}</span></h3>
      {_pf_features(f)}
    </a>
    <div class="re-CardFooter re-CardFooter--minimal">
      <span class="re-CardAdvertiserType">Particular</span>
      <div class="re-CardContact">
        <button type="button" class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--outline sui-AtomButton--small re-CardContact-phone" aria-label="Llamar">{_pf_icon("phone")}</button>
        <button type="button" class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--solid sui-AtomButton--small re-CardContact-button"><span class="sui-AtomButton-content">Contactar</span></button>
      </div>
    </div>
  </article>"""


def _pf_ad(slot: int) -> str:
    return f"""
  <div class="re-SearchResult-adBanner" data-testid="adBanner">
    <span class="re-SearchResult-adBanner-label">Publicidad</span>
    <div id="div-gpt-ad-listing-{slot}" class="sui-AdUnit sui-AdUnit--listing" data-ad-slot="/21718562853/pisofoto/listing/alquiler/{slot}" style="min-height:250px"></div>
  </div>"""


def _pf_promo(index: int) -> str:
    text, button = PF_PROMOS[index]
    return f"""
  <div class="re-SearchResultPromo re-SearchResultPromo--{"alert" if index == 0 else "insurance"}">
    <p class="re-SearchResultPromo-text">{esc(text)}</p>
    <button type="button" class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--outline">{esc(button)}</button>
  </div>"""


def _pf_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="sui-MoleculePagination-item"><a class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--flat sui-AtomButton--icon" href="{_pf_page_href(number - 1)}" aria-label="Página anterior"><svg class="sui-AtomIcon" viewBox="0 0 24 24" aria-hidden="true"><path d="M15 6l-6 6 6 6"></path></svg></a></li>'
        )
    for n in range(1, total + 1):
        if n == number:
            items.append(
                f'<li class="sui-MoleculePagination-item sui-MoleculePagination-item--selected"><span class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--solid" aria-current="page">{n}</span></li>'
            )
        else:
            items.append(
                f'<li class="sui-MoleculePagination-item"><a class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--flat" href="{_pf_page_href(n)}">{n}</a></li>'
            )
    items.append('<li class="sui-MoleculePagination-item sui-MoleculePagination-item--ellipsis"><span>…</span></li>')
    items.append(
        '<li class="sui-MoleculePagination-item"><span class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--flat sui-AtomButton--disabled">43</span></li>'
    )
    if number < total:
        items.append(
            f'<li class="sui-MoleculePagination-item"><a class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--flat sui-AtomButton--icon" href="{_pf_page_href(number + 1)}" aria-label="Página siguiente"><svg class="sui-AtomIcon" viewBox="0 0 24 24" aria-hidden="true"><path d="M9 6l6 6-6 6"></path></svg></a></li>'
        )
    return f"""
<nav class="re-Pagination" aria-label="Paginación">
  <ul class="sui-MoleculePagination">{"".join(items)}</ul>
</nav>"""


def _pf_state(number: int, flats: list[Flat]) -> str:
    estates = []
    for f in flats:
        features = []
        if f.rooms:
            features.append({"key": "rooms", "value": [f.rooms], "maxValue": 0, "minValue": 0})
        if f.baths:
            features.append({"key": "bathrooms", "value": [f.baths], "maxValue": 0, "minValue": 0})
        if f.area:
            features.append({"key": "surface", "value": [f.area], "maxValue": 0, "minValue": 0})
        estates.append(
            {
                "id": _pf_id(f),
                "detail": {"es-ES": _pf_url(f)},
                "rawPrice": f.price,
                "price": f"{_thousands(f.price)} €",
                "periodicityId": 3,
                "reducedPrice": f.drop or 0,
                "features": features,
                "buildingType": f.kind,
                "isPremium": f.premium,
                "isNew": f.novelty,
                "multimedia": [{"type": "image", "src": _pf_img(f, i)} for i in range(min(f.photos, 2))],
                "promotionId": 0,
                "transactionTypeId": 3,
                "dataLayer": {"ad_id": str(_pf_id(f)), "ad_typology": "1", "ad_price": str(f.price)},
            }
        )
    state = {
        "initialSearch": {
            "page": number,
            "pageSize": PF_PER_PAGE,
            "totalResults": PF_TOTAL,
            "result": {"realEstates": estates},
            "filters": {
                "transactionType": "rent",
                "propertyType": "home",
                "combinedLocationIds": "724,14,28,173,0,28079,0,0,0",
            },
        },
        "user": {"isLogged": False},
        "i18n": {"locale": "es-ES"},
    }
    text = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(text, ensure_ascii=False)


def _pf_page(number: int, total: int, flats: list[Flat], first: int) -> str:
    rows = []
    for i, f in enumerate(flats):
        if i == 4:
            rows.append(_pf_ad(number * 2 - 1))
        if i == 10 and number < 3:
            rows.append(_pf_promo(number - 1))
        if i == 15:
            rows.append(_pf_ad(number * 2))
        rows.append(_pf_card(f, first + i + 1))
    related = "".join(
        f'<li class="re-SearchRelated-item"><a href="/es/alquiler/viviendas/madrid-capital/{key}/l">{esc(text)}</a> <span class="re-SearchRelated-count">({count})</span></li>'
        for text, key, count in PF_RELATED
    )
    canonical = f"https://www.pisofoto.es{_pf_page_href(number)}"
    rel_prev = f'<link rel="prev" href="https://www.pisofoto.es{_pf_page_href(number - 1)}"/>' if number > 1 else ""
    rel_next = f'<link rel="next" href="https://www.pisofoto.es{_pf_page_href(number + 1)}"/>' if number < total else ""
    page_note = "" if number == 1 else f" - Página {number}"
    return f"""<!DOCTYPE html>
<html lang="es-ES">
<head>
<meta charset="utf-8"/>
<title>Pisos y casas en alquiler en Madrid Capital{page_note} — Pisofoto</title>
<meta name="description" content="{_thousands(PF_TOTAL)} pisos y casas en alquiler en Madrid Capital. Encuentra tu vivienda ideal entre miles de anuncios de particulares e inmobiliarias en Pisofoto."/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="canonical" href="{canonical}"/>
{rel_prev}
{rel_next}
<link rel="preconnect" href="https://static.pisofoto.es"/>
<link rel="stylesheet" href="https://static.pisofoto.es/ssr/search/statics/css/search.9b1f47c2.css"/>
<script>window.didomiConfig={{app:{{apiKey:"0c1e2b5f-7a18-4d2b-a6e3-2b9d7c1f4e60",privacyPolicyURL:"https://www.pisofoto.es/es/politica-de-privacidad/"}}}};</script>
<script async src="https://sdk.privacy-center.org/loader.js"></script>
</head>
<body class="re-Body">
<div id="didomi-host" class="didomi-host" aria-hidden="false">
  <div id="didomi-popup" class="didomi-popup-container" role="dialog" aria-labelledby="didomi-notice-title">
    <h1 id="didomi-notice-title" class="didomi-popup-title">Bienvenido a Pisofoto</h1>
    <p class="didomi-popup-notice-text">Nosotros y nuestros socios utilizamos cookies y tecnologías similares para personalizar el contenido y los anuncios, ofrecer funciones de redes sociales y analizar el tráfico. Puedes aceptar, rechazar o configurar tus preferencias.</p>
    <div class="didomi-popup-notice-buttons">
      <button id="didomi-notice-disagree-button" type="button" class="didomi-button didomi-button-standard">Rechazar</button>
      <button id="didomi-notice-learn-more-button" type="button" class="didomi-button didomi-button-standard">Configurar</button>
      <button id="didomi-notice-agree-button" type="button" class="didomi-button didomi-components-button--color">Aceptar y cerrar</button>
    </div>
  </div>
</div>
<div id="App">
<header class="re-Header" role="banner">
  <div class="re-Header-container">
    <a class="re-Header-logo" href="/es/" aria-label="Pisofoto"><img src="https://static.pisofoto.es/ssr/statics/img/logo-pisofoto.svg" alt="Pisofoto" width="140" height="32"/></a>
    <nav class="re-Header-menu" aria-label="Menú principal">
      <ul class="re-Header-menuList">
        <li><a href="/es/comprar/viviendas/espana/todas-las-zonas/l">Comprar</a></li>
        <li><a href="/es/alquiler/viviendas/espana/todas-las-zonas/l" aria-current="true">Alquilar</a></li>
        <li><a href="/es/compartir/viviendas/espana/todas-las-zonas/l">Compartir</a></li>
        <li><a href="/es/obra-nueva/">Obra nueva</a></li>
        <li><a href="/es/hipotecas/">Hipotecas</a></li>
        <li><a href="/es/precio-vivienda/">Precio vivienda</a></li>
      </ul>
    </nav>
    <div class="re-Header-actions">
      <a class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--outline" href="/es/publicar-anuncio/">Publica tu anuncio gratis</a>
      <a class="re-Header-login" href="/es/user/login?redirect=%2Fes%2Falquiler">Acceder</a>
    </div>
  </div>
</header>
<div class="re-SearchPage">
  <div class="re-SearchFilters" role="search">
    <form class="re-SearchFilters-form" action="/es/alquiler/viviendas/madrid-capital/todas-las-zonas/l" method="get">
      <div class="re-SearchFilters-location"><input class="sui-AtomInput-input" type="text" name="searchLocation" value="Madrid Capital" aria-label="Ubicación"/></div>
      <div class="re-SearchFilters-price"><label>Precio<select name="maxPrice" class="sui-AtomSelect"><option value="">Máx.</option><option>800 €</option><option>1.000 €</option><option>1.500 €</option><option>2.000 €</option></select></label></div>
      <div class="re-SearchFilters-rooms"><span class="re-SearchFilters-label">Habitaciones</span><button type="button" class="sui-AtomButton">1+</button><button type="button" class="sui-AtomButton">2+</button><button type="button" class="sui-AtomButton">3+</button><button type="button" class="sui-AtomButton">4+</button></div>
      <button type="button" class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--outline re-SearchFilters-more">Más filtros</button>
      <button type="button" class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--solid re-SearchFilters-save">Guardar búsqueda</button>
    </form>
  </div>
  <nav class="re-Breadcrumb" aria-label="Migas de pan">
    <ol class="sui-MoleculeBreadcrumb">
      <li class="sui-MoleculeBreadcrumb-item"><a href="/es/">Inicio</a></li>
      <li class="sui-MoleculeBreadcrumb-item"><a href="/es/alquiler/viviendas/comunidad-de-madrid/todas-las-zonas/l">Comunidad de Madrid</a></li>
      <li class="sui-MoleculeBreadcrumb-item"><span>Madrid Capital</span></li>
    </ol>
  </nav>
  <main class="re-SearchPage-main">
    <div class="re-SearchTitle">
      <h1 class="re-SearchTitle-text">Pisos y casas en alquiler en Madrid Capital</h1>
      <span class="re-SearchTitle-count">{_thousands(PF_TOTAL)}</span> <span class="re-SearchTitle-countLabel">viviendas</span>
      <div class="re-SearchOrder"><label for="order">Ordenar:</label><select id="order" class="sui-AtomSelect"><option selected>Relevancia</option><option>Más recientes</option><option>Más baratos</option><option>Más caros</option><option>Mayor bajada de precio</option></select></div>
    </div>
    <section class="re-SearchResult" aria-label="Resultados de la búsqueda">
{"".join(rows)}
    </section>
{_pf_pager(number, total)}
    <section class="re-SearchRelated">
      <h2 class="re-SearchRelated-title">Búsquedas relacionadas</h2>
      <ul class="re-SearchRelated-list">{related}</ul>
    </section>
  </main>
  <aside class="re-SearchPage-map">
    <div class="re-SearchMapButton"><button type="button" class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--outline">Ver mapa</button></div>
    <div id="div-gpt-ad-sidebar" class="sui-AdUnit sui-AdUnit--sky" style="min-height:600px"><span class="re-SearchResult-adBanner-label">Publicidad</span></div>
  </aside>
</div>
<footer class="re-Footer">
  <ul class="re-Footer-links">
    <li><a href="/es/quienes-somos/">Quiénes somos</a></li>
    <li><a href="/es/ayuda/">Ayuda</a></li>
    <li><a href="/es/aviso-legal/">Aviso legal</a></li>
    <li><a href="/es/politica-de-privacidad/">Política de privacidad</a></li>
    <li><a href="/es/politica-de-cookies/">Política de cookies</a></li>
    <li><a href="/es/profesionales/">Profesionales inmobiliarios</a></li>
  </ul>
  <p class="re-Footer-copy">© 2025 Pisofoto. Todos los derechos reservados.</p>
</footer>
</div>
<script>window.__INITIAL_PROPS__ = JSON.parse({_pf_state(number, flats)});</script>
<script src="https://static.pisofoto.es/ssr/search/statics/js/vendor.3c8e1a9d.js" defer></script>
<script src="https://static.pisofoto.es/ssr/search/statics/js/search.f2b7d604.js" defer></script>
</body>
</html>"""


@wave
def build_pisofoto() -> None:
    s = Site(
        "pisofoto",
        kind="property rental search in Spanish (Fotocasa 2024–25: React SSR with SUI components, re-CardPackPremium cards beside re-CardPackMinimal ones, a multimedia carousel of images whose alt repeats the title, 'Novedad' tags, re-CardPrice '1.250 €' + '/mes' periodicity with a 'Ha bajado 100 €' reduction on some, h3 re-CardTitle 'Piso en Calle de X, Barrio, Madrid Capital', feature lists '3 habs.' / '1 baño' / '72 m²' / 'Planta 3ª' / 'Ascensor' (with icons on premium cards), descriptions on premium cards, agency logos whose alt is the agency name, 'Particular' on minimal cards, Llamar / Contactar buttons, ad banners and promos in the list, Didomi consent, window.__INITIAL_PROPS__ as a JSON string, sui pagination /l/N)",
        start=PF_BASE.lstrip("/"),
        description="A Spanish property portal (www.pisofoto.es) built like Fotocasa 2024–25, flats to rent in Madrid Capital (/es/alquiler/viviendas/madrid-capital/todas-las-zonas/l, then /l/2 and /l/3): a Didomi consent dialog, header menu, search filters with 'Guardar búsqueda', breadcrumbs, h1 + '1.284 viviendas' + order select, section.re-SearchResult of article.re-CardPackPremium (carousel of up to four images, favourite button, agency logo link on most, price composite, h3 title, feature list with icons, description, Llamar / Contactar) and article.re-CardPackMinimal (one image, price, title, plain feature list, 'Particular', icon phone button + Contactar) cards, two ad banners and a promo between cards, sui pagination with prev / next icon links, related searches with counts, window.__INITIAL_PROPS__ = JSON.parse(\"…\"). 20 + 20 + 14 flats. Written down: title, url, price (monthly rent) and currency EUR, rooms, bathrooms, area_m2, floor as shown ('Planta 3ª', 'Bajos', 'Entresuelo'), features (the amenity items after the numbers, a list; absent when none), price_drop (the amount of 'Ha bajado … €'), agency (the logo's alt, premium cards only).",
    )
    pages = chunks(PF_FLATS, [PF_PER_PAGE, PF_PER_PAGE, len(PF_FLATS) - 2 * PF_PER_PAGE])
    first = 0
    for number, flats in enumerate(pages, 1):
        path = PF_BASE.lstrip("/") + ("/index.html" if number == 1 else f"/{number}/index.html")
        s.list_page(path, _pf_page(number, len(pages), flats, first))
        first += len(flats)
    assert len({_pf_id(f) for f in PF_FLATS}) == len(PF_FLATS)
    for f in PF_FLATS:
        s.expect(
            {
                "title": _pf_title(f),
                "url": _pf_url(f),
                "price": f.price,
                "currency": "EUR",
                "rooms": f.rooms,
                "bathrooms": f.baths,
                "area_m2": f.area,
                "floor": f.floor,
                "features": f.extras or None,
                "price_drop": f.drop,
                "agency": f.agency if f.premium else None,
            }
        )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# infocurro: an InfoJobs-like search, /ofertas-trabajo/madrid then ?page=2 / ?page=3.
# ---------------------------------------------------------------------------------------------------

IC_PATH = "/ofertas-trabajo/madrid"
IC_HOST = "https://www.infocurro.net"


class Offer(NamedTuple):
    title: str
    company: str | None
    city: str
    workplace: str
    contract: str | None
    workday: str | None
    salary: str | None
    posted: str
    new: bool
    applicants: int | None
    text: str


# fmt: off
IC_OFFERS: list[Offer] = [
    Offer("Administrativo/a contable", "Grupo Asesor Velarde SL", "Madrid", "Presencial", "Contrato indefinido", "Jornada completa", "24.000€ - 28.000€ Bruto/año", "Hace 14m", True, None, "Buscamos un/a administrativo/a contable para nuestro departamento financiero. Funciones: contabilización de facturas, conciliaciones bancarias y apoyo en cierres mensuales."),
    Offer("Desarrollador/a Full Stack (React + Node.js)", "Lumbre Software SL", "Madrid", "Híbrido", "Contrato indefinido", "Jornada completa", "38.000€ - 46.000€ Bruto/año", "Hace 1h", True, 12, "Únete a nuestro equipo de producto para construir una plataforma SaaS de gestión logística. Stack: React, TypeScript, Node.js, PostgreSQL y AWS."),
    Offer("Dependiente/a tienda de moda - 30h", "Textil Norte Retail SA", "Alcobendas", "Presencial", "Contrato de duración determinada", "Jornada parcial - indiferente", "Salario no disponible", "Hace 2h", True, 48, "Incorporamos dependientes/as para nuestra tienda en centro comercial. Atención al cliente, caja, reposición y visual merchandising."),
    Offer("Teleoperador/a atención al cliente", None, "Madrid", "Solo teletrabajo", "Contrato de duración determinada", "Jornada parcial - tarde", "1.100€ - 1.250€ Bruto/mes", "Hace 3h", True, 127, "Importante empresa del sector telecomunicaciones busca teleoperadores/as para atención al cliente inbound. Formación inicial remunerada."),
    Offer("Técnico/a de soporte informático N1", "Serviatec Sistemas SL", "Tres Cantos", "Presencial", "Contrato indefinido", "Jornada completa", "20.000€ - 22.000€ Bruto/año", "Hace 3h", False, 35, "Soporte a usuarios en sitio y en remoto, gestión de incidencias en herramienta de ticketing, instalación de equipos y periféricos."),
    Offer("Mozo/a de almacén con carretilla elevadora", "Logística Henares SL", "Torrejón de Ardoz", "Presencial", "Contrato de duración determinada", "Jornada completa", "1.450€ - 1.600€ Bruto/mes", "Hace 4h", False, 61, "Preparación de pedidos, carga y descarga de camiones y manejo de carretilla frontal. Imprescindible carnet de carretillero."),
    Offer("Recepcionista hotel 4*", "Hoteles Alameda Centro SL", "Madrid", "Presencial", "Contrato indefinido", "Jornada completa", "Salario no disponible", "Hace 5h", False, None, "Hotel de cuatro estrellas en el centro de Madrid busca recepcionista con inglés alto. Check-in, check-out, reservas y atención al huésped."),
    Offer("Analista de datos junior", "Nexa Data Consulting SL", "Madrid", "Híbrido", "Contrato indefinido", "Jornada completa", "26.000€ - 30.000€ Bruto/año", "Hace 6h", False, 89, "Buscamos analista de datos para proyectos de cliente en banca y retail. Valorable SQL, Python y Power BI."),
    Offer("Enfermero/a para residencia de mayores", "Residencias Sierra Oeste SL", "Las Rozas de Madrid", "Presencial", "Contrato indefinido", "Jornada completa", "30.000€ - 33.000€ Bruto/año", "Hace 8h", False, None, "Residencia de mayores precisa enfermero/a para turno de mañana. Administración de medicación, curas y registro en historia clínica."),
    Offer("Comercial de energía solar", "Solaria Hogar Instalaciones SL", "Getafe", "Presencial", "Otros contratos", "Jornada completa", "Más de 1.500€ Bruto/mes", "Hace 9h", False, 22, "Venta de instalaciones de autoconsumo a particulares. Fijo más comisiones sin techo, formación a cargo de la empresa."),
    Offer("Auxiliar administrativo/a bilingüe", "Carrizo & Ortega Abogados", "Madrid", "Presencial", "Contrato de duración determinada", "Jornada parcial - mañana", "1.200€ - 1.300€ Bruto/mes", "Hace 10h", False, None, "Despacho de abogados busca auxiliar administrativo/a con inglés fluido para gestión documental y atención telefónica."),
    Offer("Camarero/a de sala", "Grupo Tasca Mayor SL", "Madrid", "Presencial", "Contrato indefinido", "Jornada completa", "Salario no disponible", "Hace 12h", False, 74, "Restaurante en la zona de Chamberí busca camarero/a con experiencia mínima de un año. Dos días libres a la semana."),
    Offer("Técnico/a de nóminas", None, "Alcobendas", "Híbrido", "Contrato indefinido", "Jornada completa", "28.000€ - 32.000€ Bruto/año", "Hace 14h", False, None, "Gestión integral de nóminas de una cartera de clientes, seguros sociales y contratos. Valorable experiencia con A3Nom."),
    Offer("Conductor/a repartidor/a carnet B", "Rutas Express Madrid SL", "Leganés", "Presencial", "Contrato de duración determinada", "Jornada completa", "1.400€ - 1.550€ Bruto/mes", "Hace 18h", False, 56, "Reparto de paquetería en furgoneta de empresa por zona sur de Madrid. Horario de lunes a viernes."),
    Offer("Consultor/a SAP FI", "Iberia Consulting Partners SL", "Madrid", "Solo teletrabajo", "Contrato indefinido", "Jornada completa", "45.000€ - 55.000€ Bruto/año", "Hace 20h", False, 9, "Consultor/a funcional SAP FI con al menos tres años de experiencia en implantaciones S/4HANA. Proyecto 100 % remoto."),
    Offer("Electricista oficial de 1ª", "Instalaciones Eléctricas Moraleja SL", "San Sebastián de los Reyes", "Presencial", "Contrato indefinido", "Jornada completa", "1.800€ - 2.100€ Bruto/mes", "Hace 22h", False, None, "Montaje y mantenimiento de instalaciones eléctricas en edificios de oficinas. Se valora carnet de instalador autorizado."),
    Offer("Ayudante de cocina", "Restauración Colectiva Madrid SL", "Móstoles", "Presencial", "Fijo discontinuo", "Jornada intensiva - mañana", "Salario no disponible", "Hace 1d", False, 33, "Ayudante de cocina para comedor escolar. Elaboración de menús, limpieza de cocina y emplatado."),
    Offer("Project Manager IT", "Cobalto Digital SL", "Madrid", "Híbrido", "Contrato indefinido", "Jornada completa", "50.000€ - 60.000€ Bruto/año", "Hace 1d", False, 41, "Gestión de proyectos de transformación digital con metodologías ágiles. Certificación PMP o Scrum valorable."),
    Offer("Limpiador/a de oficinas", "Brillo Servicios Integrales SL", "Madrid", "Presencial", "Contrato de duración determinada", "Jornada parcial - tarde", "Salario no disponible", "Hace 1d", False, None, "Limpieza de oficinas en la zona de Azca de lunes a viernes de 17:00 a 21:00."),
    Offer("Profesor/a de inglés para academia", "Academia Bright Minds SL", "Pozuelo de Alarcón", "Presencial", "Otros contratos", "Jornada parcial - tarde", "14€ - 16€ Bruto/hora", "Hace 1d", False, 18, "Clases de inglés a grupos reducidos de niños y adolescentes. Imprescindible nivel C2 o nativo."),
    Offer("Gestor/a de cobros", "Recobra Gestión de Activos SL", "Madrid", "Híbrido", "Contrato indefinido", "Jornada completa", "22.000€ - 25.000€ Bruto/año", "Hace 1d", False, 66, "Negociación telefónica con clientes morosos y seguimiento de acuerdos de pago. Incentivos por objetivos."),
    Offer("Técnico/a de mantenimiento industrial", "Envases Jarama SA", "Alcalá de Henares", "Presencial", "Contrato indefinido", "Jornada completa", "28.000€ - 34.000€ Bruto/año", "Hace 2d", False, None, "Mantenimiento preventivo y correctivo de líneas de producción. Trabajo a turnos rotativos."),
    Offer("Diseñador/a gráfico/a", None, "Madrid", "Híbrido", "Contrato de duración determinada", "Jornada completa", "Salario no disponible", "Hace 2d", False, 103, "Agencia de publicidad busca diseñador/a gráfico/a con dominio de Adobe Creative Suite y Figma para campañas digitales."),
    Offer("Abogado/a laboralista", "Carrizo & Ortega Abogados", "Madrid", "Presencial", "Contrato indefinido", "Jornada completa", "32.000€ - 38.000€ Bruto/año", "Hace 2d", False, None, "Asesoramiento laboral a empresas, redacción de escritos y asistencia a juicios. Mínimo tres años de experiencia."),
    Offer("Cajero/a reponedor/a", "Supermercados Ahorra Más Centro SA", "Getafe", "Presencial", "Contrato indefinido", "Jornada parcial - indiferente", "1.050€ - 1.150€ Bruto/mes", "Hace 2d", False, 152, "Incorporamos cajeros/as reponedores/as para supermercado de nueva apertura. Contratos de 30 horas semanales."),
    Offer("DevOps Engineer", "Lumbre Software SL", "Madrid", "Solo teletrabajo", "Contrato indefinido", "Jornada completa", "48.000€ - 58.000€ Bruto/año", "Hace 2d", False, 27, "Automatización de infraestructura con Terraform y Kubernetes en AWS. Experiencia con pipelines de CI/CD."),
    Offer("Fisioterapeuta", "Clínica Movimiento Vital SL", "Madrid", "Presencial", "Contrato indefinido", None, "Salario no disponible", "Hace 3d", False, None, "Centro de fisioterapia deportiva busca fisioterapeuta colegiado/a. Horario a convenir."),
    Offer("Operario/a de producción", "Alimentaria del Henares SA", "Alcalá de Henares", "Presencial", "Contrato de duración determinada", "Jornada completa", "1.350€ - 1.450€ Bruto/mes", "Hace 3d", False, 88, "Operarios/as para línea de envasado en industria alimentaria. Turnos rotativos de mañana, tarde y noche."),
    Offer("Key Account Manager", "Distribuciones Farmacéuticas Cibeles SL", "Madrid", "Híbrido", "Contrato indefinido", "Jornada completa", "42.000€ - 50.000€ Bruto/año", "Hace 3d", False, None, "Gestión de grandes cuentas en el canal farmacia, negociación de acuerdos comerciales y seguimiento de ventas."),
    Offer("Vigilante de seguridad", None, "Madrid", "Presencial", "Contrato indefinido", "Jornada completa", "1.450€ - 1.650€ Bruto/mes", "Hace 3d", False, 47, "Empresa de seguridad precisa vigilantes con TIP en vigor para servicio en centro comercial."),
    Offer("Educador/a infantil", "Escuela Infantil Pequeños Pasos", "Tres Cantos", "Presencial", "Contrato de duración determinada", "Jornada intensiva - mañana", "Salario no disponible", "Hace 4d", False, None, "Escuela infantil busca educador/a con título de Técnico Superior en Educación Infantil para aula de 1-2 años."),
    Offer("Cuidador/a de personas mayores", "Asistencia Hogar Madrid SL", "Leganés", "Presencial", "Otros contratos", "Jornada parcial - mañana", "10€ - 12€ Bruto/hora", "Hace 4d", False, 29, "Atención a personas mayores en su domicilio: aseo, acompañamiento y apoyo en tareas del hogar."),
    Offer("QA Tester", "Cobalto Digital SL", "Madrid", "Híbrido", "Contrato indefinido", "Jornada completa", "27.000€ - 32.000€ Bruto/año", "Hace 4d", False, 58, "Pruebas funcionales y automatizadas de aplicaciones web y móviles. Valorable experiencia con Cypress o Playwright."),
    Offer("Peluquero/a", "Salón Tijera de Oro", "Móstoles", "Presencial", "Contrato indefinido", "Jornada parcial - tarde", "Salario no disponible", "Hace 5d", False, None, "Peluquería de barrio busca peluquero/a con experiencia en corte y color para tardes y sábados."),
    Offer("Administrativo/a de compras", "Envases Jarama SA", "Alcalá de Henares", "Presencial", "Contrato indefinido", "Jornada completa", "23.000€ - 26.000€ Bruto/año", "Hace 5d", False, None, "Gestión de pedidos a proveedores, seguimiento de entregas y control de facturas en SAP."),
    Offer("Repartidor/a en moto", "Rutas Express Madrid SL", "Madrid", "Presencial", "Autónomo", None, "Salario no disponible", "Hace 5d", False, 71, "Colabora como repartidor/a autónomo/a de comida a domicilio. Tú eliges tus horas."),
    Offer("Cocinero/a", "Grupo Tasca Mayor SL", "Madrid", "Presencial", "Contrato indefinido", "Jornada completa", "1.600€ - 1.800€ Bruto/mes", "Hace 6d", False, None, "Cocinero/a de partida para restaurante de cocina tradicional española. Horario partido."),
    Offer("Técnico/a de prevención de riesgos laborales", "Prevenmad Servicios SL", "Getafe", "Híbrido", "Contrato indefinido", "Jornada completa", "27.000€ - 31.000€ Bruto/año", "Hace 6d", False, 19, "Evaluación de riesgos, planificación preventiva y formación a trabajadores en empresas cliente."),
    Offer("Community Manager", None, "Madrid", "Solo teletrabajo", "Contrato de duración determinada", "Jornada parcial - mañana", "Salario no disponible", "Hace 6d", False, 214, "Gestión de redes sociales de varias marcas de moda: calendario editorial, creación de contenido y reporting."),
    Offer("Delineante", "Estudio Arquitectura Retiro SLP", "Madrid", "Presencial", "Contrato indefinido", "Jornada completa", "24.000€ - 27.000€ Bruto/año", "Hace 7d", False, None, "Delineante con dominio de AutoCAD y Revit para proyectos de vivienda y rehabilitación."),
    Offer("Responsable de tienda", "Textil Norte Retail SA", "Las Rozas de Madrid", "Presencial", "Contrato indefinido", "Jornada completa", "28.000€ - 30.000€ Bruto/año", "Hace 7d", False, 37, "Gestión del equipo, control de stock y cumplimiento de objetivos de venta en tienda outlet."),
    Offer("Farmacéutico/a adjunto/a", "Farmacia Plaza de Castilla", "Madrid", "Presencial", "Contrato indefinido", "Jornada completa", "Salario no disponible", "Hace 8d", False, None, "Farmacia busca farmacéutico/a adjunto/a colegiado/a para turno de tarde con sábados alternos."),
    Offer("Agente de viajes", "Viajes Horizonte Azul SL", "Madrid", "Presencial", "Contrato de duración determinada", "Jornada completa", "1.300€ - 1.450€ Bruto/mes", "Hace 8d", False, 24, "Venta de paquetes vacacionales y gestión de reservas en agencia a pie de calle."),
    Offer("Contable senior", "Grupo Asesor Velarde SL", "Madrid", "Híbrido", "Contrato indefinido", "Jornada completa", "35.000€ - 40.000€ Bruto/año", "Hace 9d", False, None, "Contabilidad de un grupo de sociedades, impuestos trimestrales y cuentas anuales."),
    Offer("Socorrista para piscina municipal", "Deporte y Ocio Sur SL", "Leganés", "Presencial", "Contrato de duración determinada", "Jornada parcial - indiferente", "Salario no disponible", "Hace 10d", False, 15, "Socorristas para la temporada de verano en piscina municipal. Titulación en vigor."),
    Offer("Ingeniero/a de calidad", "Componentes Aeronáuticos Barajas SA", "Madrid", "Presencial", "Contrato indefinido", "Jornada completa", "36.000€ - 42.000€ Bruto/año", "Hace 11d", False, None, "Control de calidad de piezas aeronáuticas, auditorías a proveedores y gestión de no conformidades."),
    Offer("Asesor/a comercial inmobiliario/a", "Inmobiliaria Puerta de Hierro SL", "Pozuelo de Alarcón", "Presencial", None, "Jornada completa", "Más de 1.200€ Bruto/mes", "Hace 12d", False, 43, "Captación de inmuebles, visitas con clientes y cierre de operaciones de compraventa."),
    Offer("Técnico/a de recursos humanos", None, "San Sebastián de los Reyes", "Híbrido", "Contrato indefinido", "Jornada completa", "Salario no disponible", "Hace 13d", False, None, "Selección de personal, onboarding y gestión de la formación interna en empresa industrial."),
    Offer("Jefe/a de obra", "Construcciones Guadarrama SA", "Madrid", "Presencial", "Contrato indefinido", "Jornada completa", "40.000€ - 48.000€ Bruto/año", "Hace 14d", False, 31, "Dirección de obra residencial: planificación, control de costes, subcontratas y seguridad."),
    Offer("SEO Specialist", "Nexa Data Consulting SL", "Madrid", "Solo teletrabajo", "Contrato indefinido", "Jornada completa", "30.000€ - 36.000€ Bruto/año", "Hace 14d", False, 62, "Estrategia SEO técnico y de contenidos para clientes de e-commerce. Manejo de Screaming Frog y Search Console."),
    Offer("Dependiente/a de panadería", "Hornos San Isidro SL", "Madrid", "Presencial", "Contrato de duración determinada", "Jornada intensiva - mañana", "Salario no disponible", "Hace 15d", False, None, "Atención al público, horneado de pan y bollería y cobro en caja en panadería de barrio."),
]
# fmt: on

IC_PER_PAGE = 20
IC_TOTAL = 8192


def _ic_hash(o: Offer) -> str:
    return _hex(f"{o.title}|{o.company}|{o.city}|{o.posted}", 30)


def _ic_url(o: Offer, page: int) -> str:
    return f"{IC_HOST}/{slug(o.city)}/{slug(o.title)}/of-i{_ic_hash(o)}?applicationOrigin=search-new&page={page}&sortBy=RELEVANCE"


def _ic_company_url(company: str) -> str:
    return f"https://{slug(company).replace('-', '')[:24]}.ofertas-trabajo.infocurro.net/"


def _ic_page_href(number: int) -> str:
    return IC_PATH if number == 1 else f"{IC_PATH}?page={number}"


def _ic_icon(name: str) -> str:
    paths = {
        "location": "M12 21s-7-6.2-7-11a7 7 0 0114 0c0 4.8-7 11-7 11zm0-9a2 2 0 100-4 2 2 0 000 4z",
        "workplace": "M3 21h18M5 21V7l7-4 7 4v14",
        "time": "M12 7v5l3 3M12 21a9 9 0 110-18 9 9 0 010 18z",
        "contract": "M7 3h7l5 5v13H7zM14 3v5h5",
        "workday": "M12 8v4l2 2M5 3l3 2M19 3l-3 2",
        "salary": "M4 7h16v10H4zM12 15a3 3 0 100-6 3 3 0 000 6z",
        "users": "M16 19v-1a4 4 0 00-8 0v1M12 11a3 3 0 100-6 3 3 0 000 6z",
    }
    return f'<svg class="sui-AtomIcon sui-AtomIcon--small ij-Icon ij-Icon--{name}" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="{paths[name]}" fill="none" stroke="currentColor" stroke-width="1.5"></path></svg>'


def _ic_since_class(posted: str) -> str:
    unit = posted[-1]
    if unit in "mh":
        return "ij-FormatterSincedate ij-FormatterSincedate--success"
    return "ij-FormatterSincedate"


def _ic_card(o: Offer, page: int) -> str:
    hash_ = _ic_hash(o)
    url = _ic_url(o, page)
    if o.company:
        media = f"""<div class="ij-OfferCardContent-media">
        <a class="ij-OfferCardContent-media-link" href="{_ic_company_url(o.company)}" aria-label="{esc(o.company)}" target="_blank" rel="noopener">
          <div class="sui-AtomImage ij-OfferCardContent-media-image"><img class="sui-AtomImage-image" src="https://multimedia.infocurro.net/api/v1/tenants/c3e1a0f2-6b1d-4b5e-9f2a-0d1e4c7a9b30/images/{_hex(o.company, 32)}/logo" alt="{esc(o.company)}" loading="lazy" width="72" height="72"/></div>
        </a>
      </div>"""
        subtitle = f'<h3 class="ij-OfferCardContent-description-subtitle"><a class="ij-OfferCardContent-description-subtitle-link" href="{_ic_company_url(o.company)}" target="_blank" rel="noopener">{esc(o.company)}</a></h3>'
    else:
        media = """<div class="ij-OfferCardContent-media">
        <div class="sui-AtomImage ij-OfferCardContent-media-image ij-OfferCardContent-media-image--placeholder"><img class="sui-AtomImage-image" src="https://static.infocurro.net/candidate/images/company-logo-placeholder.svg" alt="" width="72" height="72"/></div>
      </div>"""
        subtitle = '<h3 class="ij-OfferCardContent-description-subtitle"><span class="ij-OfferCardContent-description-subtitle-text">Empresa confidencial</span></h3>'
    tag = ""
    if o.new:
        tag = '<span class="sui-AtomTag sui-AtomTag--small sui-AtomTag--success ij-OfferCardContent-description-title-tag">Nueva</span>'
    first_list = f"""<ul class="ij-OfferCardContent-description-list">
          <li class="ij-OfferCardContent-description-list-item">{_ic_icon("location")}<span class="ij-OfferCardContent-description-list-item-truncate">{esc(o.city)}</span></li>
          <li class="ij-OfferCardContent-description-list-item">{_ic_icon("workplace")}{esc(o.workplace)}</li>
          <li class="ij-OfferCardContent-description-list-item">{_ic_icon("time")}<span class="{_ic_since_class(o.posted)}" data-testid="sincedate-tag">{esc(o.posted)}</span></li>
        </ul>"""
    second = []
    if o.contract:
        second.append(
            f'<li class="ij-OfferCardContent-description-list-item">{_ic_icon("contract")}{esc(o.contract)}</li>'
        )
    if o.workday:
        second.append(
            f'<li class="ij-OfferCardContent-description-list-item">{_ic_icon("workday")}{esc(o.workday)}</li>'
        )
    if o.salary and o.salary != "Salario no disponible":
        second.append(
            f'<li class="ij-OfferCardContent-description-list-item">{_ic_icon("salary")}<span class="ij-OfferCardContent-description-salary-info" data-testid="salary-info"><span class="sui-AtomVisuallyHidden">Salario: </span>{esc(o.salary)}</span></li>'
        )
    else:
        second.append(
            f'<li class="ij-OfferCardContent-description-list-item">{_ic_icon("salary")}<span class="ij-OfferCardContent-description-salary-no-information" data-testid="salary-no-information">Salario no disponible</span></li>'
        )
    applicants = ""
    if o.applicants is not None:
        applicants = f"""
        <div class="ij-OfferCardContent-description-inscriptions">{_ic_icon("users")}<span class="ij-OfferCardContent-description-inscriptions-text">{o.applicants} inscritos</span></div>"""
    return f"""
    <li class="ij-List-item ij-OfferList-offerCardItem sui-PrimitiveLinkBox">
      <div class="ij-Box ij-OfferCardContent">
      {media}
      <div class="ij-OfferCardContent-description">
        <div class="ij-OfferCardContent-description-head">{tag}
          <h2 class="ij-OfferCardContent-description-title" id="job-title-{hash_}"><a class="ij-OfferCardContent-description-link sui-PrimitiveLinkBox-link" href="{esc(url)}" aria-describedby="job-title-{hash_}"><span class="ij-OfferCardContent-description-title-link">{esc(o.title)}</span></a></h2>
          <button type="button" class="sui-AtomButton sui-AtomButton--neutral sui-AtomButton--flat sui-AtomButton--circular ij-OfferCardContent-favorite" aria-label="Guardar oferta"><svg class="sui-AtomIcon" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 3h12v18l-6-4-6 4z"></path></svg></button>
        </div>
        {subtitle}
        {first_list}
        <ul class="ij-OfferCardContent-description-list">
          {"".join(second)}
        </ul>
        <p class="ij-OfferCardContent-description-description ij-OfferCardContent-description-description--hideOnMobile">{esc(o.text)}</p>{applicants}
      </div>
      </div>
    </li>"""


def _ic_banner(slot: int) -> str:
    return f"""
    <li class="ij-List-item ij-OfferList-banner">
      <div class="ij-AdBanner" data-testid="ad-banner">
        <span class="ij-AdBanner-label">Publicidad</span>
        <div id="div-gpt-ad-ij-search-results-{slot}" class="ij-AdBanner-slot" data-ad-unit="/4811/infocurro/search-results/list-{slot}" style="min-height:90px"></div>
      </div>
    </li>"""


def _ic_alert() -> str:
    return """
    <li class="ij-List-item ij-OfferList-alertCardItem">
      <div class="ij-Box ij-AlertCard">
        <p class="ij-AlertCard-title">¿Quieres recibir ofertas como estas?</p>
        <p class="ij-AlertCard-text">Crea una alerta y te avisaremos por email cuando se publiquen nuevas ofertas en Madrid.</p>
        <button type="button" class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--outline">Crear alerta</button>
      </div>
    </li>"""


IC_FACETS = [
    (
        "Fecha de publicación",
        [("Últimas 24 horas", 412), ("Últimos 7 días", 2731), ("Últimos 15 días", 5104), ("Cualquier fecha", 8192)],
    ),
    ("Teletrabajo", [("Presencial", 6388), ("Híbrido", 1287), ("Solo teletrabajo", 517)]),
    (
        "Tipo de contrato",
        [
            ("Contrato indefinido", 4920),
            ("Contrato de duración determinada", 2214),
            ("Fijo discontinuo", 236),
            ("Autónomo", 198),
            ("Otros contratos", 624),
        ],
    ),
    (
        "Jornada laboral",
        [
            ("Jornada completa", 6011),
            ("Jornada parcial - mañana", 642),
            ("Jornada parcial - tarde", 507),
            ("Jornada intensiva - mañana", 388),
            ("Jornada parcial - indiferente", 644),
        ],
    ),
    (
        "Salario",
        [
            ("Más de 12.000€", 3402),
            ("Más de 18.000€", 2617),
            ("Más de 24.000€", 1530),
            ("Más de 30.000€", 806),
            ("Más de 42.000€", 245),
        ],
    ),
]


def _ic_facets() -> str:
    blocks = []
    for name, options in IC_FACETS:
        lis = "".join(
            f'<li class="ij-FacetList-item"><label class="sui-AtomCheckbox"><input type="checkbox" name="{slug(name)}" value="{slug(opt)}"/><span class="ij-FacetList-label">{esc(opt)}</span></label><span class="ij-FacetList-count">({_thousands(count)})</span></li>'
            for opt, count in options
        )
        blocks.append(
            f"""<fieldset class="ij-FacetList">
        <legend class="ij-FacetList-title">{esc(name)}</legend>
        <ul class="ij-FacetList-list">{lis}</ul>
      </fieldset>"""
        )
    return "\n      ".join(blocks)


def _ic_pager(number: int, total: int) -> str:
    items = []
    if number > 1:
        items.append(
            f'<li class="sui-MoleculePagination-item"><a class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--flat" href="{_ic_page_href(number - 1)}"><span class="sui-AtomButton-content">Anterior</span></a></li>'
        )
    for n in range(1, 6):
        if n == number:
            items.append(
                f'<li class="sui-MoleculePagination-item"><button type="button" class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--solid" aria-current="page" disabled>{n}</button></li>'
            )
        elif n <= total:
            items.append(
                f'<li class="sui-MoleculePagination-item"><a class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--flat" href="{_ic_page_href(n)}">{n}</a></li>'
            )
        else:
            items.append(
                f'<li class="sui-MoleculePagination-item"><a class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--flat" href="/candidate/access/login.xhtml?redirect=%2Fofertas-trabajo%2Fmadrid%3Fpage%3D{n}" rel="nofollow">{n}</a></li>'
            )
    if number < total:
        items.append(
            f'<li class="sui-MoleculePagination-item"><a class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--flat" href="{_ic_page_href(number + 1)}"><span class="sui-AtomButton-content">Siguiente</span></a></li>'
        )
    return f"""
    <nav class="ij-SearchPagination" aria-label="Paginación de ofertas">
      <ul class="sui-MoleculePagination">{"".join(items)}</ul>
    </nav>"""


def _ic_state(number: int, offers: list[Offer]) -> str:
    state = {
        "searchResults": {
            "totalResults": IC_TOTAL,
            "currentPage": number,
            "pageSize": IC_PER_PAGE,
            "offerIds": [_ic_hash(o) for o in offers],
            "query": {"province": "madrid", "provinceIds": [33], "sortBy": "RELEVANCE", "sinceDate": "ANY"},
        },
        "user": {"isLogged": False, "candidateId": None},
        "tracking": {"pageName": "search-results-list", "experiments": {"offer-card-v3": "B"}},
    }
    return json.dumps(state, ensure_ascii=False, separators=(",", ":"))


def _ic_page(number: int, total: int, offers: list[Offer], first: int) -> str:
    rows = []
    for i, o in enumerate(offers):
        if i == 3:
            rows.append(_ic_banner(number * 2 - 1))
        if i == 9:
            rows.append(_ic_alert())
        if i == 14:
            rows.append(_ic_banner(number * 2))
        rows.append(_ic_card(o, number))
    canonical = f"{IC_HOST}{_ic_page_href(number)}"
    rel_prev = f'<link rel="prev" href="{IC_HOST}{_ic_page_href(number - 1)}"/>' if number > 1 else ""
    rel_next = f'<link rel="next" href="{IC_HOST}{_ic_page_href(number + 1)}"/>' if number < total else ""
    page_note = "" if number == 1 else f" - Página {number}"
    return f"""<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8"/>
<title>Ofertas de trabajo en Madrid{page_note} | Infocurro</title>
<meta name="description" content="{_thousands(IC_TOTAL)} ofertas de trabajo en Madrid. Encuentra empleo en Madrid en Infocurro, la bolsa de trabajo líder. Inscríbete hoy y consigue el trabajo que buscas."/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="canonical" href="{canonical}"/>
{rel_prev}
{rel_next}
<link rel="stylesheet" href="https://static.infocurro.net/candidate-web/search-results/statics/css/app.4e81b2c9.css"/>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({{"page_type":"search_results","page_number":{number},"results":{IC_TOTAL}}});</script>
<script async src="https://sdk.privacy-center.org/loader.js"></script>
</head>
<body class="ij-Body">
<div id="didomi-host">
  <div class="didomi-popup-container" role="dialog" aria-label="Tu privacidad es importante para nosotros">
    <p class="didomi-popup-title">Tu privacidad es importante para nosotros</p>
    <p class="didomi-popup-notice-text">Infocurro y sus socios usamos cookies para mejorar tu experiencia, medir el tráfico y mostrarte publicidad personalizada.</p>
    <button id="didomi-notice-disagree-button" type="button">Continuar sin aceptar</button>
    <button id="didomi-notice-learn-more-button" type="button">Configurar</button>
    <button id="didomi-notice-agree-button" type="button">Aceptar y cerrar</button>
  </div>
</div>
<div id="app">
<header class="ij-Header">
  <div class="ij-Header-wrapper">
    <a class="ij-Header-logo" href="/" aria-label="Infocurro"><img src="https://static.infocurro.net/candidate-web/statics/img/logo-infocurro.svg" alt="Infocurro" width="120" height="28"/></a>
    <nav class="ij-Header-nav" aria-label="Navegación principal">
      <a class="ij-Header-navLink ij-Header-navLink--active" href="/ofertas-trabajo">Buscar ofertas</a>
      <a class="ij-Header-navLink" href="/salarios/">Salarios</a>
      <a class="ij-Header-navLink" href="/empresas/">Empresas</a>
      <a class="ij-Header-navLink" href="/formacion/">Formación</a>
      <a class="ij-Header-navLink" href="https://empresas.infocurro.net/">Soy empresa</a>
    </nav>
    <div class="ij-Header-actions">
      <a class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--flat" href="/candidate/access/login.xhtml">Accede</a>
      <a class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--solid" href="/candidate/register/step-1.xhtml">Regístrate</a>
    </div>
  </div>
</header>
<div class="ij-SearchBar">
  <form class="ij-SearchBar-form" action="/jobsearch/search-results/list.xhtml" method="get" role="search">
    <input class="sui-AtomInput-input" type="search" name="keyword" placeholder="Puesto, empresa o palabra clave" aria-label="Puesto, empresa o palabra clave"/>
    <input class="sui-AtomInput-input" type="text" name="provinceIds" value="Madrid" aria-label="Provincia"/>
    <button type="submit" class="sui-AtomButton sui-AtomButton--primary sui-AtomButton--solid">Buscar</button>
  </form>
</div>
<div class="ij-Container ij-SearchResultsPage">
  <aside class="ij-SearchResultsPage-filters" aria-label="Filtros">
    <p class="ij-SearchResultsPage-filtersTitle">Filtros</p>
      {_ic_facets()}
  </aside>
  <main class="ij-SearchResultsPage-main">
    <nav class="ij-Breadcrumb" aria-label="Migas de pan"><a href="/">Infocurro</a> › <a href="/ofertas-trabajo">Ofertas de trabajo</a> › <span>Madrid</span></nav>
    <div class="ij-SearchResultsPage-header">
      <h1 class="ij-SearchResultsPage-title">{_thousands(IC_TOTAL)} ofertas de trabajo en Madrid</h1>
      <div class="ij-SearchResultsPage-order"><label for="sortBy">Ordenar por</label><select id="sortBy" class="sui-AtomSelect"><option selected>Relevancia</option><option>Fecha</option><option>Salario</option></select></div>
    </div>
    <ul class="ij-List ij-List--vertical ij-List--spaced ij-OfferList">
{"".join(rows)}
    </ul>
{_ic_pager(number, total)}
    <section class="ij-RelatedSearches">
      <h2 class="ij-RelatedSearches-title">Búsquedas relacionadas</h2>
      <ul class="ij-RelatedSearches-list">
        <li><a href="/ofertas-trabajo/madrid/administrativo">Trabajo de administrativo en Madrid</a></li>
        <li><a href="/ofertas-trabajo/madrid/teletrabajo">Teletrabajo en Madrid</a></li>
        <li><a href="/ofertas-trabajo/madrid/sin-experiencia">Trabajo sin experiencia en Madrid</a></li>
        <li><a href="/ofertas-trabajo/madrid/fines-de-semana">Trabajo fines de semana en Madrid</a></li>
      </ul>
    </section>
  </main>
</div>
<footer class="ij-Footer">
  <ul class="ij-Footer-links">
    <li><a href="/about/">Sobre Infocurro</a></li>
    <li><a href="/ayuda/">Ayuda</a></li>
    <li><a href="/aviso-legal/">Aviso legal</a></li>
    <li><a href="/privacidad/">Privacidad</a></li>
    <li><a href="/cookies/">Cookies</a></li>
  </ul>
  <p class="ij-Footer-copy">© Infocurro 2025</p>
</footer>
</div>
<script>window.__INITIAL_PROPS__ = {_ic_state(number, offers)};</script>
<script src="https://static.infocurro.net/candidate-web/search-results/statics/js/vendor.7a3d9e10.js" defer></script>
<script src="https://static.infocurro.net/candidate-web/search-results/statics/js/app.b52c18f4.js" defer></script>
</body>
</html>"""


@wave
def build_infocurro() -> None:
    s = Site(
        "infocurro",
        kind="job board search results in Spanish (InfoJobs 2024–25: SUI components, ul.ij-OfferList of li.ij-OfferList-offerCardItem.sui-PrimitiveLinkBox cards with a company logo link, 'Nueva' sui-AtomTag on some, h2#job-title-<hash> > a.ij-OfferCardContent-description-link > span title, h3 company link or 'Empresa confidencial' text, two ij-OfferCardContent-description-list lists — city / 'Presencial' | 'Híbrido' | 'Solo teletrabajo' / sincedate-tag 'Hace 3h' · contract / workday / salary-info '24.000€ - 30.000€ Bruto/año' with a visually hidden 'Salario: ' or 'Salario no disponible' — items after icons, description snippets, 'N inscritos' on some, ad banners and an alert card in the list, a facet sidebar repeating the workplace / contract / workday words with counts, Didomi consent, window.__INITIAL_PROPS__, sui pagination Anterior / numbers / Siguiente over ?page=N with login links past the last page)",
        start=IC_PATH.lstrip("/"),
        description="A Spanish job board (www.infocurro.net) built like InfoJobs 2024–25, offers in the province of Madrid (/ofertas-trabajo/madrid, then ?page=2 and ?page=3): a Didomi dialog, header, keyword / province search bar, a facet sidebar (publication date, teletrabajo, contract type, workday, salary, all with counts), breadcrumbs, h1 '8.192 ofertas de trabajo en Madrid' + sort select, ul.ij-OfferList of li.ij-OfferList-offerCardItem cards (company logo link or a placeholder, 'Nueva' tag, h2 title link to https://www.infocurro.net/<city>/<slug>/of-i<hash>?applicationOrigin=search-new&page=N&sortBy=RELEVANCE, favourite button, company link or 'Empresa confidencial', a list city / workplace / 'Hace 14m'…'Hace 15d', a list contract / workday / salary or 'Salario no disponible', description snippet, 'N inscritos' on some), two ad banners and a job-alert card per page, sui pagination, related searches, window.__INITIAL_PROPS__. 20 + 20 + 11 offers. Written down: title, url (absolute, with its query), company (including 'Empresa confidencial' as shown), location (the city), workplace, contract, workday, salary as shown without the hidden 'Salario: ' (absent when 'Salario no disponible'), posted as shown ('Hace 3h'), badge ('Nueva' on some).",
    )
    pages = chunks(IC_OFFERS, [IC_PER_PAGE, IC_PER_PAGE, len(IC_OFFERS) - 2 * IC_PER_PAGE])
    first = 0
    for number, offers in enumerate(pages, 1):
        path = IC_PATH.lstrip("/") + ("/index.html" if number == 1 else f"@page={number}")
        s.list_page(path, _ic_page(number, len(pages), offers, first))
        first += len(offers)
    assert len({_ic_hash(o) for o in IC_OFFERS}) == len(IC_OFFERS)
    for number, offers in enumerate(pages, 1):
        for o in offers:
            s.expect(
                {
                    "title": o.title,
                    "url": _ic_url(o, number),
                    "company": o.company or "Empresa confidencial",
                    "location": o.city,
                    "workplace": o.workplace,
                    "contract": o.contract,
                    "workday": o.workday,
                    "salary": o.salary if o.salary and o.salary != "Salario no disponible" else None,
                    "posted": o.posted,
                    "badge": "Nueva" if o.new else None,
                }
            )
    s.finish()


# ---------------------------------------------------------------------------------------------------
# kauppapaikka: a Tori.fi-like search on the Vend recommerce platform, /recommerce/forsale/search?q=sohva.
# ---------------------------------------------------------------------------------------------------

KP_HOST = "https://www.kauppapaikka.fi"
KP_PATH = "/recommerce/forsale/search"
KP_QUERY = "sohva"


class Ad(NamedTuple):
    title: str
    price: int | None
    city: str
    posted: str
    shipping: bool
    business: bool
    promoted: bool
    photos: int


# fmt: off
KP_ADS: list[Ad] = [
    Ad("Uusi kotimainen 3-istuttava sohva suoraan varastosta", 799, "Lahti", "2 pv", True, True, True, 8),
    Ad("Isku Kulmasohva, harmaa kangas", 450, "Espoo", "4 pv", False, False, True, 6),
    Ad("IKEA Kivik 3-istuttava sohva", 180, "Helsinki", "12 min", False, False, False, 5),
    Ad("Nahkasohva 2-istuttava, ruskea", 120, "Tampere", "38 min", True, False, False, 4),
    Ad("Annetaan sohva, nouto Kalliosta", None, "Helsinki", "1 t", False, False, False, 2),
    Ad("Sotka divaanisohva, uudenveroinen", 380, "Vantaa", "1 t", True, False, False, 7),
    Ad("Chesterfield-sohva, aito nahka", 1250, "Turku", "2 t", False, False, False, 9),
    Ad("Vuodesohva Ektorp, irrotettavat päälliset", 90, "Oulu", "3 t", False, False, False, 3),
    Ad("Modulisohva 5-osainen, beige", 650, "Jyväskylä", "3 t", False, False, False, 6),
    Ad("Kahden istuttava sohva, sininen sametti", 220, "Helsinki", "4 t", True, False, False, 5),
    Ad("Sohvapöytä tammea 120 x 60 cm", 60, "Kuopio", "5 t", True, False, False, 3),
    Ad("Asko Lepo -kulmasohva divaanilla", 540, "Espoo", "6 t", False, False, False, 8),
    Ad("Käytetty sohva ilmaiseksi, hyvä kunto", None, "Pori", "7 t", False, False, False, 2),
    Ad("Design-sohva 1960-luvulta, restauroitu", 1890, "Helsinki", "8 t", True, True, False, 10),
    Ad("Sohva + nojatuoli, vaalea harmaa", 250, "Lahti", "9 t", False, False, False, 4),
    Ad("Vuodesohva 140 cm, petauspatja mukana", 160, "Tampere", "10 t", True, False, False, 5),
    Ad("Soft Nordic 3-ist. sohva, näyttelykappale -30 %", 1099, "Vantaa", "11 t", True, True, False, 7),
    Ad("Pieni sohva lastenhuoneeseen", 35, "Kerava", "13 t", False, False, False, 2),
    Ad("Samettisohva vihreä, 3-istuttava", 290, "Turku", "15 t", True, False, False, 6),
    Ad("IKEA Friheten vuodesohva säilytystilalla", 210, "Järvenpää", "17 t", False, False, False, 4),
    Ad("Nahkasohvakalusto 3+2", 400, "Hämeenlinna", "20 t", False, False, False, 6),
    Ad("Kulmasohva oikeakätinen, tummanharmaa", 330, "Joensuu", "22 t", False, False, False, 5),
    Ad("Rottinkisohva terassille tyynyineen", 140, "Porvoo", "1 pv", True, False, False, 4),
    Ad("Sohvan päällinen Ektorp 3-ist., uusi", 45, "Seinäjoki", "1 pv", True, False, False, 2),
    Ad("Kotimainen kulmasohva, valmistus 4 viikossa", 1490, "Kouvola", "3 pv", True, True, True, 9),
    Ad("Puuvillasohva 2-ist., kierrätetty", 75, "Vaasa", "5 pv", False, False, True, 3),
    Ad("Jakkara ja sohvarahi, harmaa huopa", 40, "Helsinki", "1 pv", True, False, False, 3),
    Ad("Isku Cloud -sohva, 3-istuttava", 520, "Tuusula", "1 pv", False, False, False, 6),
    Ad("Annetaan vanha vuodesohva", None, "Lappeenranta", "1 pv", False, False, False, 2),
    Ad("Divaanisohva nahkaa, musta", 480, "Espoo", "1 pv", False, False, False, 5),
    Ad("Kahvipöytä ja sohva samaa sarjaa", 200, "Nokia", "2 pv", False, False, False, 4),
    Ad("Huonekalutalon poistomalli: kulmasohva", 690, "Tampere", "2 pv", True, True, False, 7),
    Ad("Vuodesohva Beddinge, valkoinen päällinen", 110, "Raisio", "2 pv", True, False, False, 3),
    Ad("Sohva 3-ist. Pohjanmaan, petrooli", 360, "Kangasala", "2 pv", False, False, False, 5),
    Ad("Retrosohva 70-luku, oranssi", 260, "Turku", "2 pv", True, False, False, 6),
    Ad("Laiskanlinna + sohva paketti", 320, "Vantaa", "3 pv", False, False, False, 4),
    Ad("Pieni kahden istuttava sohva, uusi", 150, "Kirkkonummi", "3 pv", True, False, False, 3),
    Ad("Nurkkasohva lapsiperheeltä", 180, "Nurmijärvi", "3 pv", False, False, False, 4),
    Ad("Norell-nahkasohva 2,5-istuttava", 850, "Helsinki", "3 pv", False, False, False, 8),
    Ad("Sohvatyynyt 4 kpl, pellavaa", 30, "Kaarina", "4 pv", True, False, False, 2),
    Ad("Vuodesohva Hilding, 2-istuttava", 130, "Oulu", "4 pv", False, False, False, 3),
    Ad("Ulkosohva alumiinirunko, uusi paketissa", 390, "Espoo", "4 pv", True, True, False, 5),
    Ad("Kangassohva harmaa, eläimetön koti", 170, "Rovaniemi", "4 pv", False, False, False, 4),
    Ad("Sohva Vepsäläinen Tuuli 3-ist.", 420, "Jyväskylä", "5 pv", False, False, False, 6),
    Ad("Kulmasohva divaanilla + rahi", 550, "Lahti", "5 pv", True, False, False, 7),
    Ad("Chaise longue -sohva, sametti", 310, "Helsinki", "5 pv", True, False, False, 5),
    Ad("Kompakti vuodesohva yksiöön", 95, "Tampere", "6 pv", True, False, False, 3),
    Ad("Nahkasohva 3-ist., konjakinruskea", 640, "Porvoo", "6 pv", False, False, False, 6),
    Ad("Sohvakalusto ja sohvapöytä, koko setti", 280, "Vantaa", "6 pv", True, False, True, 5),
    Ad("Annetaan: sohva muuttoa varten pois", None, "Kuopio", "1 vk", False, False, False, 2),
    Ad("Modulisohvan lisäosa, harmaa", 120, "Espoo", "1 vk", True, False, False, 2),
    Ad("Kangassohva 2-ist., beige", 140, "Turku", "1 vk", True, False, False, 4),
    Ad("Sohvarunko ilman tyynyjä", 20, "Joensuu", "1 vk", False, False, False, 1),
    Ad("Kotimainen joustinsohva Sohvakeskukselta", 990, "Seinäjoki", "1 vk", True, True, False, 6),
    Ad("Vuodesohva säilytyslaatikolla", 175, "Hämeenlinna", "1 vk", False, False, False, 4),
    Ad("Sohvapöytä lasikansi", 25, "Helsinki", "1 vk", True, False, False, 2),
    Ad("Samettisohva ruusu, 2-istuttava", 230, "Tampere", "2 vk", True, False, False, 5),
    Ad("Isku Kulmasohva nahkaa, hyväkuntoinen", 720, "Oulu", "2 vk", False, False, False, 7),
    Ad("Divaani vuodesohva, harmaa", 160, "Kouvola", "2 vk", False, False, False, 3),
    Ad("Nojasohva sähkötoiminen, 3-ist.", 890, "Vaasa", "2 vk", False, False, False, 6),
    Ad("Puusohva mökille", 85, "Kangasala", "3 vk", False, False, False, 3),
    Ad("Sohva + 2 nojatuolia, klassinen", 300, "Lappeenranta", "3 vk", False, False, False, 5),
]
# fmt: on

KP_SIZES = [24, 24, 14]
KP_TOTAL = 1862


def _kp_id(a: Ad) -> int:
    return 30_000_000 + _num(f"{a.title}|{a.city}", 7)


def _kp_url(a: Ad) -> str:
    return f"{KP_HOST}/recommerce/forsale/item/{_kp_id(a)}"


def _kp_href(number: int) -> str:
    return f"{KP_PATH}?q={KP_QUERY}" if number == 1 else f"{KP_PATH}?page={number}&q={KP_QUERY}"


def _kp_price(a: Ad) -> str:
    if a.price is None:
        return "Annetaan"
    return f"{_thousands(a.price, NBSP)}{NBSP}€"


def _kp_img(a: Ad, i: int) -> str:
    return f"https://img.kauppapaikka.net/dynamic/480w/item/{_kp_id(a)}/{_uuid(f'{_kp_id(a)}-{i}')}"


def _kp_card(a: Ad) -> str:
    ident = _kp_id(a)
    url = _kp_url(a)
    imgs = []
    for i in range(min(a.photos, 5)):
        cls = (
            "sf-ad-carousel-desktop-item sf-ad-carousel-desktop-item--active"
            if i == 0
            else "sf-ad-carousel-desktop-item hidden"
        )
        loading = "" if i == 0 else ' loading="lazy"'
        imgs.append(
            f'<img class="{cls} w-full h-full object-cover" src="{_kp_img(a, i)}" alt="Kuva {i + 1} ilmoituksesta"{loading} sizes="(min-width: 1300px) 303px, (min-width: 1010px) 33vw, 50vw"/>'
        )
    dots = ""
    if a.photos > 1:
        dots = f"""
        <div class="sf-ad-carousel-dots absolute bottom-8 inset-x-0 flex justify-center gap-4" aria-hidden="true">{"".join('<span class="sf-ad-carousel-dot' + (" sf-ad-carousel-dot--active" if i == 0 else "") + '"></span>' for i in range(min(a.photos, 5)))}</div>
        <button type="button" class="sf-ad-carousel-prev absolute left-8 top-1/2 hidden md:block" aria-label="Edellinen kuva"></button>
        <button type="button" class="sf-ad-carousel-next absolute right-8 top-1/2 hidden md:block" aria-label="Seuraava kuva"></button>"""
    shipping = ""
    if a.shipping:
        shipping = """
        <div class="absolute top-0 left-0 z-10 pointer-events-none"><span class="inline-flex items-center gap-4 py-2 px-8 rounded-br-8 text-xs font-bold s-bg-info-subtle s-text-info" data-testid="shipping-badge"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path fill="currentColor" d="M1 3h9v7H1zM10 6h3l2 3v1h-5zM4 13a1.5 1.5 0 100-3 1.5 1.5 0 000 3zM12 13a1.5 1.5 0 100-3 1.5 1.5 0 000 3z"></path></svg>Toimitus</span></div>"""
    promoted = ""
    if a.promoted:
        promoted = '<span class="sf-search-ad-promoted text-xs s-text-subtle whitespace-nowrap" data-testid="promoted-label">Kärkinäkyvyys</span>'
    business = ""
    if a.business:
        business = """
      <div class="flex items-center gap-4 mt-4 text-xs s-text-subtle" data-testid="seller-type"><svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true"><path fill="currentColor" d="M2 6h12v8H2zM5 6V3h6v3"></path></svg><span>Yritys</span></div>"""
    price_class = (
        "font-bold whitespace-nowrap" if a.price is not None else "font-bold whitespace-nowrap s-text-positive"
    )
    extra_cls = " sf-search-ad-promoted-card" if a.promoted else ""
    return f"""
    <article class="relative isolate sf-search-ad{extra_cls} card card--cardShadow s-bg rounded-8" aria-owns="search-ad-{ident}" data-testid="search-ad">
      <div class="sf-search-ad-image relative overflow-hidden rounded-t-8 aspect-[4/3]">
        <div class="sf-ad-carousel relative h-full">{"".join(imgs)}{dots}
        </div>{shipping}
      </div>
      <div class="absolute top-8 right-8 z-20"><button type="button" class="sf-favorite-button rounded-full s-bg p-8 shadow-s" aria-label="Lisää suosikkeihin" aria-pressed="false"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path fill="none" stroke="currentColor" d="M8 14s-6-3.7-6-8a3 3 0 016-1 3 3 0 016 1c0 4.3-6 8-6 8z"></path></svg></button></div>
      <div class="sf-search-ad-content px-12 pt-8 pb-12 sm:px-16 sm:pb-16">
        <div class="text-xs s-text-subtle flex items-center gap-4 mb-4 min-w-0">
          <span class="truncate">{esc(a.city)}</span><span aria-hidden="true">·</span><span class="whitespace-nowrap">{esc(a.posted)}</span>{promoted}
        </div>
        <h2 class="h4 mb-0 break-words font-normal text-m" id="search-ad-{ident}">
          <a class="sf-search-ad-link s-text! hover:no-underline" href="{url}" id="{ident}"><span class="absolute inset-0" aria-hidden="true"></span>{esc(a.title)}</a>
        </h2>
        <div class="flex justify-between items-end mt-8">
          <div class="{price_class}"><span class="t4">{_kp_price(a)}</span></div>
        </div>{business}
      </div>
    </article>"""


def _kp_native(slot: int) -> str:
    return f"""
    <div class="col-span-full sf-search-native-ad" data-testid="native-ad">
      <div class="relative rounded-8 s-bg-subtle p-16">
        <span class="absolute top-8 right-16 text-xs s-text-subtle">Mainos</span>
        <div id="advertising-native-{slot}" class="advertising-slot min-h-[140px]" data-placement="kp-recommerce-search-native-{slot}"></div>
      </div>
    </div>"""


def _kp_pager(number: int, total: int) -> str:
    parts = []
    if number > 1:
        parts.append(
            f'<a class="s-icon hover:s-bg-hover rounded-4 p-8" href="{_kp_href(number - 1)}" rel="prev" aria-label="Edellinen sivu"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path fill="none" stroke="currentColor" d="M10 3L5 8l5 5"></path></svg><span class="sr-only">Edellinen sivu</span></a>'
        )
    for n in range(1, total + 1):
        if n == number:
            parts.append(
                f'<a class="s-bg-primary s-text-inverted rounded-4 py-8 px-12" href="{_kp_href(n)}" aria-current="page" aria-label="Sivu {n}">{n}</a>'
            )
        else:
            parts.append(
                f'<a class="s-text-link hover:s-bg-hover rounded-4 py-8 px-12" href="{_kp_href(n)}" aria-label="Sivu {n}">{n}</a>'
            )
    if number < total:
        parts.append(
            f'<a class="s-icon hover:s-bg-hover rounded-4 p-8" href="{_kp_href(number + 1)}" rel="next" aria-label="Seuraava sivu"><span class="sr-only">Seuraava sivu</span><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path fill="none" stroke="currentColor" d="M6 3l5 5-5 5"></path></svg></a>'
        )
    return f"""
  <nav class="flex justify-center items-center gap-4 mt-32 mb-48" aria-label="Sivunumerot" data-testid="pagination">
    {"".join(parts)}
  </nav>"""


def _kp_state(number: int, ads: list[Ad]) -> str:
    docs = []
    for a in ads:
        labels = []
        if a.shipping:
            labels.append({"id": "shipping_exists", "text": "Toimitus", "type": "SECONDARY"})
        if a.promoted:
            labels.append({"id": "promoted", "text": "Kärkinäkyvyys", "type": "PRIMARY"})
        docs.append(
            {
                "type": "bap",
                "id": str(_kp_id(a)),
                "ad_id": _kp_id(a),
                "main_search_key": "SEARCH_ID_BAP_COMMON",
                "heading": a.title,
                "location": a.city,
                "image": {
                    "url": _kp_img(a, 0),
                    "path": f"item/{_kp_id(a)}/{_uuid(f'{_kp_id(a)}-0')}",
                    "aspect_ratio": 1.33,
                },
                "flags": (["shipping_exists"] if a.shipping else []) + (["private"] if not a.business else ["company"]),
                "price": {"amount": a.price or 0, "currency_code": "EUR", "price_unit": "€"},
                "trade_type": "Annetaan" if a.price is None else "Myydään",
                "canonical_url": _kp_url(a),
                "labels": labels,
                "image_urls": [_kp_img(a, i) for i in range(min(a.photos, 3))],
            }
        )
    state = {
        "results": {
            "docs": docs,
            "metadata": {
                "result_size": {"match_count": KP_TOTAL, "group_count": KP_TOTAL},
                "paging": {"param": "page", "current": number, "last": 78},
                "search_key": "SEARCH_ID_BAP_COMMON",
                "vertical": "bap",
                "title": f"Kauppapaikka: {KP_QUERY}",
            },
        },
        "filters": {"q": KP_QUERY, "sort": "RELEVANCE"},
        "user": {"loggedIn": False},
    }
    return json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


KP_CATEGORIES = [
    ("Koti ja asuminen", 1638),
    ("Sohvat ja nojatuolit", 1214),
    ("Pöydät", 141),
    ("Puutarha ja remontointi", 88),
    ("Lapset ja vanhemmat", 47),
    ("Vapaa-aika ja harrastukset", 19),
]

KP_LOCATIONS = [
    ("Uusimaa", 812),
    ("Pirkanmaa", 201),
    ("Varsinais-Suomi", 177),
    ("Pohjois-Pohjanmaa", 112),
    ("Päijät-Häme", 96),
    ("Keski-Suomi", 84),
]


def _kp_page(number: int, total: int, ads: list[Ad]) -> str:
    rows = []
    for i, a in enumerate(ads):
        if i == 8:
            rows.append(_kp_native(number * 2 - 1))
        if i == 20:
            rows.append(_kp_native(number * 2))
        rows.append(_kp_card(a))
    cats = "".join(
        f'<li><label class="flex items-center gap-8"><input type="checkbox" class="checkbox" name="category"/><span>{esc(name)}</span><span class="s-text-subtle text-xs ml-auto">{_thousands(count, NBSP)}</span></label></li>'
        for name, count in KP_CATEGORIES
    )
    locs = "".join(
        f'<li><label class="flex items-center gap-8"><input type="checkbox" class="checkbox" name="location"/><span>{esc(name)}</span><span class="s-text-subtle text-xs ml-auto">{count}</span></label></li>'
        for name, count in KP_LOCATIONS
    )
    canonical = f"{KP_HOST}{_kp_href(number)}"
    rel_prev = f'<link rel="prev" href="{KP_HOST}{_kp_href(number - 1)}"/>' if number > 1 else ""
    rel_next = f'<link rel="next" href="{KP_HOST}{_kp_href(number + 1)}"/>' if number < total else ""
    return f"""<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8"/>
<title>sohva | Kauppapaikka</title>
<meta name="description" content="Löydä käytettyjä ja uusia tuotteita hakusanalla sohva. {_thousands(KP_TOTAL, NBSP)} ilmoitusta Kauppapaikassa."/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="robots" content="noindex, follow"/>
<link rel="canonical" href="{canonical}"/>
{rel_prev}
{rel_next}
<link rel="stylesheet" href="https://assets.kauppapaikka.net/npm/@warp-ds/css/v2/tokens/kauppapaikka-fi.css"/>
<link rel="stylesheet" href="https://assets.kauppapaikka.net/npm/@warp-ds/css/v2/components.css"/>
<link rel="stylesheet" href="https://assets.kauppapaikka.net/pkg/recommerce-search-page/4.38.1/styles.css"/>
<script>window._sp_queue=[];window._sp_={{config:{{accountId:1793,baseEndpoint:"https://cmp.kauppapaikka.fi",propertyHref:"https://www.kauppapaikka.fi"}}}};</script>
<script src="https://cmp.kauppapaikka.fi/unified/wrapperMessagingWithoutDetection.js" async></script>
</head>
<body class="s-bg">
<div id="sp_message_container_1093745" class="sp_message_container" style="display:block">
  <div class="message-overlay"><div class="message" role="dialog" aria-label="Evästeasetukset">
    <p class="message-title">Kauppapaikka käyttää evästeitä</p>
    <p class="message-text">Me ja kumppanimme käytämme evästeitä sisällön ja mainonnan personointiin sekä liikenteen analysointiin. Voit hyväksyä kaikki evästeet tai muokata asetuksiasi.</p>
    <button type="button" class="message-button sp_choice_type_11">Hyväksy kaikki</button>
    <button type="button" class="message-button sp_choice_type_12">Asetukset</button>
  </div></div>
</div>
<finn-topbar class="block">
  <header class="flex items-center justify-between h-64 px-16 border-b s-border">
    <a href="/" aria-label="Kauppapaikka etusivulle"><svg width="110" height="32" viewBox="0 0 110 32" role="img" aria-label="Kauppapaikka"><rect width="110" height="32" rx="6" fill="#0aa"></rect></svg></a>
    <nav class="flex gap-16 text-s" aria-label="Päävalikko">
      <a href="/recommerce/forsale/search">Tavarat</a>
      <a href="/mobility/search/car">Autot</a>
      <a href="/realestate/homes/search.html">Asunnot</a>
      <a href="/job/search">Työpaikat</a>
    </nav>
    <div class="flex gap-16 text-s">
      <a href="/notifications">Ilmoitukset</a>
      <a href="/messages">Viestit</a>
      <a href="/create-ad" class="button button--primary button--small">Uusi ilmoitus</a>
      <a href="/auth/login">Kirjaudu</a>
    </div>
  </header>
</finn-topbar>
<div class="page-container">
  <div class="flex flex-col md:flex-row gap-32 mt-24">
    <aside class="md:w-[300px] shrink-0" aria-label="Suodattimet">
      <form action="{KP_PATH}" method="get" role="search" class="mb-24">
        <label for="search-q" class="sr-only">Hakusana</label>
        <input id="search-q" class="input" type="search" name="q" value="{KP_QUERY}"/>
        <button class="button button--primary mt-8" type="submit">Hae</button>
      </form>
      <section class="mb-24"><h3 class="t5 mb-8">Kategoria</h3><ul class="space-y-8">{cats}</ul></section>
      <section class="mb-24"><h3 class="t5 mb-8">Sijainti</h3><ul class="space-y-8">{locs}</ul></section>
      <section class="mb-24"><h3 class="t5 mb-8">Hinta</h3><div class="flex gap-8"><input class="input" name="price_from" placeholder="Min €"/><input class="input" name="price_to" placeholder="Max €"/></div></section>
      <section class="mb-24"><h3 class="t5 mb-8">Toimitus</h3><label class="flex items-center gap-8"><input type="checkbox" class="checkbox" name="shipping_exists"/><span>Näytä vain ilmoitukset, joissa toimitus</span></label></section>
      <section class="mb-24"><h3 class="t5 mb-8">Myyjä</h3><ul class="space-y-8"><li><label class="flex items-center gap-8"><input type="checkbox" class="checkbox" name="dealer_segment" value="1"/><span>Yksityinen</span><span class="s-text-subtle text-xs ml-auto">1{NBSP}641</span></label></li><li><label class="flex items-center gap-8"><input type="checkbox" class="checkbox" name="dealer_segment" value="3"/><span>Yritys</span><span class="s-text-subtle text-xs ml-auto">221</span></label></li></ul></section>
      <section class="mb-24"><h3 class="t5 mb-8">Ilmoitustyyppi</h3><ul class="space-y-8"><li><label class="flex items-center gap-8"><input type="checkbox" class="checkbox" name="trade_type" value="1"/><span>Myydään</span></label></li><li><label class="flex items-center gap-8"><input type="checkbox" class="checkbox" name="trade_type" value="2"/><span>Annetaan</span></label></li><li><label class="flex items-center gap-8"><input type="checkbox" class="checkbox" name="trade_type" value="3"/><span>Ostetaan</span></label></li></ul></section>
    </aside>
    <main class="grow min-w-0" id="main">
      <div class="flex flex-wrap items-center justify-between gap-16 mb-16">
        <div>
          <h1 class="t3 mb-0">Hakutulokset: {KP_QUERY}</h1>
          <span class="text-s s-text-subtle" data-testid="result-count">{_thousands(KP_TOTAL, NBSP)} ilmoitusta</span>
        </div>
        <div class="flex items-center gap-8">
          <button type="button" class="button button--secondary button--small"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><path fill="none" stroke="currentColor" d="M8 2a4 4 0 014 4v3l1.5 2h-11L4 9V6a4 4 0 014-4z"></path></svg>Tallenna haku</button>
          <label for="sort" class="sr-only">Järjestä</label>
          <select id="sort" class="select" name="sort"><option value="RELEVANCE" selected>Osuvimmat ensin</option><option value="PUBLISHED_DESC">Uusimmat ensin</option><option value="PRICE_ASC">Halvimmat ensin</option><option value="PRICE_DESC">Kalleimmat ensin</option></select>
        </div>
      </div>
      <div id="advertising-top" class="advertising-slot min-h-[250px] mb-24" data-placement="kp-recommerce-search-top"><span class="text-xs s-text-subtle">Mainos</span></div>
      <section aria-labelledby="search-results-heading">
        <h2 id="search-results-heading" class="sr-only">Hakutulokset</h2>
        <div class="grid f-grid grid-cols-2 md:grid-cols-3 grid-flow-row-dense gap-16 sm:gap-24 mb-48" data-testid="search-results">
{"".join(rows)}
        </div>
      </section>
{_kp_pager(number, total)}
    </main>
  </div>
</div>
<footer class="s-bg-subtle mt-48 py-32 px-16 text-s">
  <ul class="flex flex-wrap gap-16">
    <li><a href="/tietoa-palvelusta">Tietoa Kauppapaikasta</a></li>
    <li><a href="/turvallisuus">Turvallinen kaupankäynti</a></li>
    <li><a href="/kayttoehdot">Käyttöehdot</a></li>
    <li><a href="/tietosuoja">Tietosuojaseloste</a></li>
    <li><a href="/evasteet">Evästeet</a></li>
    <li><a href="https://asiakaspalvelu.kauppapaikka.fi/">Asiakaspalvelu</a></li>
  </ul>
  <p class="mt-16 s-text-subtle">© Kauppapaikka Oy 2025 – osa Vend Marketplaces -konsernia</p>
</footer>
<script type="application/json" id="search-hydration-data">{_kp_state(number, ads)}</script>
<script type="module" src="https://assets.kauppapaikka.net/pkg/recommerce-search-page/4.38.1/client.js" crossorigin></script>
</body>
</html>"""


@wave
def build_kauppapaikka() -> None:
    s = Site(
        "kauppapaikka",
        kind="classifieds search in Finnish (Tori.fi 2024–25 on the Vend/Schibsted recommerce platform, warp-ds Tailwind-like utility classes: a grid of article.sf-search-ad cards with an image carousel (sf-ad-carousel-desktop-item--active, 'Kuva 1 ilmoituksesta' alts), a 'Toimitus' shipping badge over the image on some, a favourite button, a 'Helsinki · 3 t' location + age line with 'Kärkinäkyvyys' on promoted cards, h2 > a.sf-search-ad-link with an absolute item URL and an inset span, '1 250 €' with no-break spaces or 'Annetaan' for free items, a 'Yritys' seller line on some, 'Mainos' native ad slots in the grid, filter sidebar with counts (Myyjä Yksityinen / Yritys, Toimitus), Sourcepoint consent, hydration JSON of docs, a pager of page numbers with 'Edellinen sivu' / 'Seuraava sivu' over ?page=N&q=)",
        start=_kp_href(1).lstrip("/"),
        description="A Finnish classifieds site (www.kauppapaikka.fi) built like Tori.fi 2024–25 on the Vend recommerce platform, a search for 'sohva' (/recommerce/forsale/search?q=sohva, then ?page=2&q=sohva and ?page=3&q=sohva): a Sourcepoint consent dialog, a topbar, a filter sidebar (search box, categories with counts, regions with counts, price, Toimitus, Myyjä Yksityinen / Yritys, Ilmoitustyyppi Myydään / Annetaan / Ostetaan), 'Hakutulokset: sohva' + '1 862 ilmoitusta', Tallenna haku, sort select, a top ad slot, a grid of article.sf-search-ad cards (carousel images, 'Toimitus' badge on some, favourite button, a line 'City · 12 min / 3 t / 2 pv / 1 vk' plus 'Kärkinäkyvyys' on promoted cards — two at the top of pages 1 and 2, one on page 3 —, h2 title link to https://www.kauppapaikka.fi/recommerce/forsale/item/<id>, price '1 250 €' with no-break spaces or 'Annetaan', 'Yritys' on business sellers), two 'Mainos' native ad slots in the grid per page, a pager, and a JSON hydration script of docs. 24 + 24 + 14 ads. Written down: title, url (absolute), price and currency EUR (absent for 'Annetaan'), location, posted as shown ('3 t'), shipping ('Toimitus' on some), seller_type ('Yritys' on some).",
    )
    pages = chunks(KP_ADS, KP_SIZES)
    for number, ads in enumerate(pages, 1):
        path = _kp_href(number).lstrip("/").replace("?", "@")
        s.list_page(path, _kp_page(number, len(pages), ads))
    assert len({_kp_id(a) for a in KP_ADS}) == len(KP_ADS)
    for a in KP_ADS:
        s.expect(
            {
                "title": a.title,
                "url": _kp_url(a),
                "price": a.price,
                "currency": "EUR" if a.price is not None else None,
                "location": a.city,
                "posted": a.posted,
                "shipping": "Toimitus" if a.shipping else None,
                "seller_type": "Yritys" if a.business else None,
            }
        )
    s.finish()


def main() -> None:
    """Rebuild the sites of this wave."""
    for name, build in WAVE.items():
        build()
        meta = json.loads((ROOT / name / "meta.json").read_text(encoding="utf-8"))
        print(
            f"{name:20} {meta['kind'][:70]:70} pages={meta['list_pages']} records={meta['records']}{'  FROZEN' if meta['frozen'] else ''}"
        )


if __name__ == "__main__":
    main()
