"""Engine values of wave thirty's shops: one picture out of a lazy ``data-srcset``, and an
instalment count glued to its "x" ("<strong>3</strong>x de R$63,30")."""

from __future__ import annotations

from pipeline.core.cleantext import join_texts
from pipeline.core.normalize import normalize_value
from pipeline.core.srcsets import best_picture, candidates

SRCSET = "//cdn.example/a-240-0.webp 240w, //cdn.example/a-1024-0.webp 1024w, //cdn.example/a-640-0.webp 640w"


def test_an_image_read_from_a_srcset_is_its_widest_file_on_the_pages_scheme() -> None:
    assert normalize_value("image", SRCSET, base_url="http://shop.example/biquinis/") == (
        "http://cdn.example/a-1024-0.webp"
    )
    assert normalize_value("image", [SRCSET], base_url="https://shop.example/") == ["https://cdn.example/a-1024-0.webp"]


def test_a_density_srcset_gives_its_densest_file_and_commas_inside_an_address_stay() -> None:
    text = "https://img.example/w_240,h_240/a.jpg 1x, https://img.example/w_480,h_480/a.jpg 2x"
    assert candidates(text)[0] == ("https://img.example/w_240,h_240/a.jpg", "1x")
    assert best_picture(text) == "https://img.example/w_480,h_480/a.jpg"


def test_one_address_or_words_are_left_as_they_are() -> None:
    assert best_picture(" /i/a.jpg ") == "/i/a.jpg"
    assert best_picture("/i/a b.jpg") == "/i/a b.jpg"


def test_an_instalment_count_in_its_own_element_meets_its_x() -> None:
    assert join_texts(["3", "x de ", "R$63,30", " sem juros"]) == "3x de R$63,30 sem juros"
    assert join_texts(["30", "x", "40"]) == "30 x 40"  # a size, not a multiple
    assert join_texts(["4.5", "(123)"]) == "4.5 (123)"
