"""The packaged region data: Kepmendagri 2025 codes, archives and postcodes."""

from __future__ import annotations

from mpp_assist.forms import regions


def test_counts_match_the_decree() -> None:
    db = regions._db()
    counts = dict(db.execute("SELECT level, count(*) FROM region GROUP BY level").fetchall())
    assert counts == {1: 38, 2: 514, 3: 7285, 4: 83762}


def test_children_and_paths() -> None:
    assert len(regions.children(None)) == 38
    assert [r.code for r in regions.children("32")][:2] == ["32.01", "32.02"]
    assert regions.children("3273")[0].code == "32.73.01"
    assert regions.children("99") == [] and regions.children("x") == []
    assert regions.path("3273011001") == "Kel. Sukarasa, Kec. Sukasari, Kota Bandung, Prov. Jawa Barat"
    assert regions.path("94.01.01.1001") == "Kel. Wonorejo, Distrik Nabire, Kab. Nabire, Prov. Papua Tengah"
    assert regions.path("32.02.18.2001").startswith("Desa Kalapanunggal, Kec. Kalapanunggal, Kab. Sukabumi")
    assert regions.path("99.99.99.9999") == ""


def test_search_lists_every_village_with_the_name() -> None:
    found = regions.search("cibadak")
    assert len(found) == 14
    assert all("cibadak" in m.region.name.lower() for m in found)
    assert "Kel. Cibadak, Kec. Cibadak, Kab. Sukabumi, Prov. Jawa Barat" in [m.path for m in found]
    assert regions.search("CIBADAK") == found  # case does not matter
    assert regions.search("c") == []  # too short to be useful


def test_postcodes() -> None:
    assert regions.postcode("32.73.01.1001") == "40152"
    assert regions.postcode("32.73.01") is None


def test_district_codes_ever_include_old_and_new_ones() -> None:
    codes = regions.all_district_codes_ever()
    assert {"910101", "930101", "920231", "650101", "327301"} <= codes
    assert "999999" not in codes and len(codes) > 7285


def test_the_source_is_credited() -> None:
    meta = regions.source()
    assert meta["decree"] == "Kepmendagri No 300.2.2-2138/2025"
    assert "cahyadsn/wilayah" in meta["source"] and "MIT" in meta["source"]


def test_search_narrows_by_more_words_and_finds_codes() -> None:
    assert [m.path for m in regions.search("cibadak sukabumi")] == [
        "Kel. Cibadak, Kec. Cibadak, Kab. Sukabumi, Prov. Jawa Barat",
        "Desa Cibadak, Kec. Pabuaran, Kab. Sukabumi, Prov. Jawa Barat",
    ]
    assert [m.region.code for m in regions.search("3202182001")] == ["32.02.18.2001"]
    assert [m.path for m in regions.search("32.02", level=2)] == ["Kab. Sukabumi, Prov. Jawa Barat"]
    assert regions.search("32.02") == []  # a regency is not a village


def test_search_by_place_tries_each_word_as_the_name() -> None:
    assert [m.path for m in regions.search("kebon jeruk jakarta")] == [
        "Kel. Kebon Jeruk, Kec. Kebon Jeruk, Kota Administrasi Jakarta Barat, "
        "Prov. Daerah Khusus Ibukota Jakarta"
    ]
    found = regions.search("jawa barat cibadak")
    assert found and all(m.path.endswith("Prov. Jawa Barat") and "Cibadak" in m.path for m in found)


def _scan(text: str, level: int = 4) -> set[str]:
    """The same "contains" answered by reading every row: what the index must agree with."""
    db = regions._db()
    return {r[0] for r in db.execute("SELECT code FROM region WHERE level = ? AND instr(key, ?) > 0", (level, text))}


def test_search_by_a_part_of_the_name_uses_the_trigram_index_and_finds_what_a_scan_finds() -> None:
    plan = " ".join(
        str(row)
        for row in regions._db().execute(
            "EXPLAIN QUERY PLAN SELECT code FROM region WHERE level = 4 AND code IN"
            " (SELECT code FROM region_key WHERE region_key MATCH ?)",
            ('"suk" AND "uka"',),
        )
    )
    assert "region_key" in plan and "VIRTUAL TABLE INDEX" in plan
    for text in ("sukamaju", "kebraon", "karang pilang", "aji", "o s", "xyzq", "mekar"):
        found = {m.region.code for m in regions.search(text, limit=100_000)}
        assert found == _scan(text), text
    # Two letters cannot use trigrams; they still find every village holding them.
    assert {m.region.code for m in regions.search("ab", limit=100_000)} == _scan("ab")
