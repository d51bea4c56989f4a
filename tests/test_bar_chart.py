from django.template import Context, Template


def render(series, title="Statements per year"):
    template = Template("{% load archive %}{% bar_chart series title %}")
    return template.render(Context({"series": series, "title": title}))


def test_the_tallest_bar_fills_the_chart_and_the_others_scale():
    html = render([("2020", 5), ("2021", 10), ("2022", 0)])
    assert html.count('class="chart-bar"') == 3
    assert 'height="124.0"' in html  # 10 of 10
    assert 'height="62.0"' in html  # 5 of 10
    assert 'height="0.0"' in html


def test_the_figures_are_also_given_as_a_table_and_a_title():
    html = render([("2020", 5), ("2021", 1000)])
    assert "<td>2021</td><td>1000</td>" in html
    assert "1,005 statements, at most 1,000 in one period" in html


def test_bars_link_where_a_url_is_given_and_labels_are_escaped():
    html = render([("<b>2020</b>", 1, "/search/?year=2020")])
    assert '<a href="/search/?year=2020">' in html
    assert "&lt;b&gt;2020&lt;/b&gt;" in html


def test_an_empty_series_draws_an_empty_chart():
    html = render([])
    assert "chart-bar" not in html
    assert "0 statements" in html


def test_a_lone_bar_stays_a_bar_in_the_middle_of_the_chart():
    html = render([("2021", 3)])
    assert 'x="328.0" y="14.0" width="64"' in html


def test_axis_labels_are_html_placed_under_their_bars():
    html = render([("2020", 1), ("2021", 2)])
    assert '<li style="left: 20.556%">2020</li>' in html
    assert "<text" not in html  # SVG text would stretch with the chart


def test_given_ticks_replace_the_evenly_spaced_labels():
    html = render([("January 2021", 1, "/a/", "2021"), ("February 2021", 2, "/b/", "")])
    assert ">2021</li>" in html
    assert ">January 2021</li>" not in html and ">February 2021</li>" not in html
    assert '<td><a href="/b/">February 2021</a></td><td>2</td>' in html


def test_the_bars_are_drawn_with_svg_numbers_in_a_language_with_a_decimal_comma():
    from django.utils import translation

    with translation.override("de"):
        html = render([("2021", 3), ("2022", 1500)])
    assert 'x="148.0" y="137.75" width="64" height="0.25"' in html  # not "148,0"
    assert '<li style="left: 20.556%">2021</li>' in html
    assert "<title>2022: 1.500</title>" in html  # the counts as the language writes them
