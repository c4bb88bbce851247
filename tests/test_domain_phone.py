from val_desktop.domain.phone import display_phone


def test_a_uk_mobile_reads_as_dialled_from_a_uk_desk():
    assert display_phone("+447700900444") == "07700 900444"


def test_a_landline_keeps_its_area_code_spacing():
    assert display_phone("+441905123456") == "01905 123456"


def test_a_foreign_number_keeps_its_country_code():
    assert display_phone("+48123456789") == "+48 12 345 67 89"


def test_nothing_recorded_and_odd_text_are_left_alone():
    assert display_phone(None) is None
    assert display_phone("") == ""
    assert display_phone("ext 22") == "ext 22"
