from faultline.clean import clean_text, is_furniture


def test_clean_drops_browser_warning_and_teasers():
    raw = ("IE 10 is not supported. For the best experience, open this page in another browser.\n\n"
           "Rebels seized the town on Monday.\nGet more newsLiveon\n\nThe army said it would respond.")
    assert clean_text(raw) == "Rebels seized the town on Monday.\n\nThe army said it would respond."


def test_clean_drops_share_subscribe_cookie_and_credit_lines():
    raw = "\n".join([
        "Share this article", "Subscribe to our newsletter for daily updates",
        "We use cookies to improve your experience. Accept all cookies",
        "Photo: Jane Roe/Harbour Times", "(AP Photo/John Doe)", "Advertisement",
        "Two soldiers were wounded near the border.",
    ])
    assert clean_text(raw) == "Two soldiers were wounded near the border."


def test_clean_keeps_sentences_that_only_mention_furniture_words():
    body = ("Supporters were urged to subscribe to the movement's channel, the spokesman said.\n"
            "Related clashes broke out in the capital.")
    assert clean_text(body) == body


def test_clean_keeps_descriptive_picture_caption_but_drops_credited_one():
    assert not is_furniture("Pictured: the commander inspecting troops at the front line.")
    assert is_furniture("Pictured: the commander at the front line (Getty Images)")


def test_clean_normalises_whitespace_and_paragraphs():
    raw = "First\u00a0line  here.\r\n\r\n\r\n\r\nSecond\u200b paragraph."
    assert clean_text(raw) == "First line here.\n\nSecond paragraph."


def test_clean_removes_seed_furniture(shared):
    text = (shared / "seeds" / "004_ff7fe5ed672fb422.txt").read_text(encoding="utf-8")
    cleaned = clean_text(text)
    assert "IE 11 is not supported" not in cleaned
    assert "Get more news" not in cleaned
    assert cleaned.startswith("Tehran-backed")


def test_clean_drops_breadcrumbs_and_subscription_prompts():
    raw = "News | World | Asia\nSubscribe to the Daily Ledger for unlimited access\nThe port reopened."
    assert clean_text(raw) == "The port reopened."


def test_clean_drops_page_time_stamps_but_not_sentences_about_updates():
    assert is_furniture("Updated 3 March 2024, 14:05 GMT")
    assert is_furniture("Published: 12/03/2024")
    assert not is_furniture("Updated casualty figures were published by the ministry on Monday.")
