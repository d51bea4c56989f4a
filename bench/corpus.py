"""A generator of realistic press statements for benchmarks, in both formats, seedable.

    from bench.corpus import generate
    for filename, data in generate(10_000, seed=1): ...

yields nato.int-style press conference transcripts (a title block, an opening statement, a
moderator, 4-10 Q&A exchanges with journalists from a pool of ~150 names and ~60 outlets) and
defense.gov-style news articles (site chrome, paragraphs with quotations, photo captions), dated
2000-2025. Text is made of real-sentence templates about defence with Zipf-weighted fillers, so
common words (Russia, allies, defence) and rare ones (hypersonic) occur at realistic rates.
``generate_documents`` also yields what each file means (a statements.parsing ParsedDocument),
for loading rows while the format parsers are not available.
"""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterator

from statements.parsing import document as d

# fmt: off
FIRST = [
    'Anna', 'Ben', 'Carla', 'David', 'Elena', 'Frank', 'Greta', 'Hans', 'Ines', 'Jan', 'Katrin',
    'Lars', 'Maria', 'Nils', 'Olga', 'Pavel', 'Rita', 'Sven', 'Teri', 'Ugo', 'Vera', 'Wim',
    'Yusuf', 'Zofia', 'Lorne', 'Iryna', 'Matthias', 'Brooks', 'Rikard', 'Alf',
]
LAST = [
    'Kolb', 'Somer', 'Tigner', 'Jozwiak', 'Johnsen', 'Schultz', 'Baker', 'Novak', 'Rossi',
    'Dubois', 'Larsen', 'Nowak', 'Petrov', 'Silva', 'Meyer', 'Jensen', 'Costa', 'Horvat', 'Berg',
    'Moreau', 'Kowalski', 'Fischer', 'Andersen', 'Popescu', 'Varga', 'Lindqvist', 'Murphy',
    'Garcia',
]
OUTLETS = [
    ("Reuters", "Reuters"),
    ("Agence France-Presse", "AFP"),
    ("Associated Press", "AP"),
    ("Suddeutsche Zeitung", "SDZ"),
    ("Verdens Gang", "VG"),
    ("Radio Free Europe", "RFE/RL"),
    ("Interfax-Ukraine", "Interfax"),
    ("Jane's Defence Weekly", "Jane's"),
    ("BBC", "BBC"),
    ("Deutsche Welle", "DW"),
    ("Politico Europe", "Politico"),
    ("Financial Times", "FT"),
    ("Le Monde", "Le Monde"),
    ("El Pais", "El Pais"),
    ("Corriere della Sera", "Corriere"),
    ("Polish Press Agency", "PAP"),
    ("TVN24", "TVN24"),
    ("Anadolu Agency", "Anadolu"),
    ("NHK", "NHK"),
    ("Bloomberg", "Bloomberg"),
    ("CNN", "CNN"),
    ("Euronews", "Euronews"),
    *[
        (f"{city} {kind}", f"{city[:3].upper()}{kind[0]}")
        for city in [
            "Oslo",
            "Riga",
            "Vilnius",
            "Tallinn",
            "Warsaw",
            "Prague",
            "Madrid",
            "Lisbon",
            "Athens",
            "Sofia",
            "Bucharest",
            "Zagreb",
            "Tirana",
            "Skopje",
            "Ankara",
            "Rome",
            "Paris",
            "Berlin",
            "Ottawa",
            "Reykjavik",
        ]
        for kind in ("Times", "Radio")
    ][:38],
]
OFFICIALS = [
    ('Jens Stoltenberg', 'Secretary General', 'NATO'),
    ('Mark Rutte', 'Secretary General', 'NATO'),
    ('Anders Fogh Rasmussen', 'Secretary General', 'NATO'),
    ('Mircea Geoana', 'Deputy Secretary General', 'NATO'),
    ('Lloyd J. Austin III', 'Secretary of Defense', 'U.S. Department of Defense'),
    ('John F. Kirby', 'Pentagon Press Secretary', 'U.S. Department of Defense'),
]
MODERATORS = [("Oana Lungescu", "spokesperson"), ("Farah Dakhlallah", "spokesperson")]
# Zipf-weighted fillers: earlier entries are far more common.
ACTORS = [
    'Russia', 'allies', 'the Alliance', 'NATO', 'Ukraine', 'China', 'Europe', 'the United States',
    'our partners', 'Georgia', 'Finland', 'Sweden', 'Turkey', 'the Baltic states', 'Afghanistan',
    'Iraq', 'the European Union', 'Belarus', 'Moldova', 'Japan',
]
SUBJECTS = [
    'collective defence', 'deterrence and defence', 'support for Ukraine', 'defence spending',
    'arms control', 'cyber defence', 'air and missile defence', 'military mobility',
    'the Strategic Concept', 'the rules-based international order', 'energy security',
    'counter-terrorism', 'climate change and security', 'the eastern flank', 'maritime security',
    'space as an operational domain', 'resilience', 'nuclear deterrence',
    'emerging and disruptive technologies', 'long-range missiles',
    'critical undersea infrastructure', 'the Black Sea region', 'the High North',
    'artificial intelligence', 'the Western Balkans',
]
VERBS = [
    'discussed', 'agreed on', 'addressed', 'reviewed', 'strengthened', 'stepped up our work on',
    'made progress on', 'remain committed to', 'reaffirmed our commitment to',
    'took decisions on',
]
CLAIMS = [
    "We must continue to provide {actor} with the support they need.",
    "Today ministers {verb} {subject}.",
    "{actor} {verb} {subject} at the meeting in {city}.",
    "This is about {subject}, and about the security of {actor}.",
    "We have seen a significant increase in {subject} over the last years.",
    "The security challenges we face are too great for {actor} to face alone.",
    "Allies agreed to invest more in {subject} and in the capabilities the Alliance needs.",
    "It is important that we continue to work closely with {actor} on {subject}.",
    "We are ready to engage in meaningful dialogue with {actor}, but we will not compromise on {subject}.",
    "{actor} must stop its aggressive actions and respect international law.",
    "NATO is a defensive alliance and our focus is on {subject}.",
    "We will take further decisions on {subject} when leaders meet at the summit in {city}.",
    "The relationship between NATO and {actor} is at its lowest point since the end of the Cold War.",
    "Our troops in {actor} are there to prevent conflict, not to provoke it.",
    "There is broad agreement among allies that {subject} is a priority.",
    "This includes {terms}.",
    "We need more {terms}, and we need them now.",
    "Allies are investing in {terms} across {actor}.",
    "The report covers {terms} in {city}.",
    "Our work on {subject} also covers {terms}.",
    "Exercise {codename} tested {terms} near {city}.",
    "Forces from {actor} joined Operation {codename} this week.",
]
# Third-person reporting, for the narrative of news articles.
REPORTS = [
    "Defense officials said {actor} {verb} {subject} during the talks in {city}.",
    "The secretary said the alliance is investing in {terms}.",
    "Ministers from {actor} reviewed {subject}, according to a senior defense official.",
    "Officials noted that {subject} remains a priority for {actor}.",
    "The meeting also covered {terms}, the official said.",
    "Exercise {codename} tested {terms} near {city} earlier this year.",
    "Forces from {actor} joined Operation {codename} this week, officials said.",
    "The department said {subject} would be discussed again at the summit in {city}.",
    "Leaders from {actor} have pledged to spend more on {subject}.",
    "Analysts said the decisions on {subject} would shape the posture of {actor} for years.",
]
QUESTIONS = [
    "Secretary General, can you say more about {subject} and what it means for {actor}?",
    "What is your message to {actor} after today's decisions on {subject}?",
    "Are you concerned that {actor} is not doing enough on {subject}?",
    "Do you expect allies to agree on {subject} before the summit in {city}?",
    "How do you respond to criticism from {actor} about {subject}?",
    "A question on {subject}: when will allies take a decision, and will {actor} take part?",
]
CITIES = [
    'Brussels', 'Madrid', 'Vilnius', 'Washington', 'Warsaw', 'Wales', 'Riga', 'Bucharest',
    'London', 'Chicago', 'Lisbon', 'Strasbourg', 'Istanbul', 'Prague', 'Oslo', 'Tallinn', 'Sofia',
    'Ramstein',
]
TERMS = [
    'logistics', 'procurement', 'interoperability', 'readiness', 'reinforcement', 'exercises',
    'training', 'headquarters', 'command', 'structure', 'battlegroups', 'brigades', 'frigates',
    'submarines', 'destroyers', 'fighter', 'jets', 'tankers', 'drones', 'satellites', 'radars',
    'sensors', 'ammunition', 'artillery', 'howitzers', 'tanks', 'helicopters', 'airlift',
    'sealift', 'pipelines', 'ports', 'railways', 'bridges', 'hospitals', 'shelters', 'generators',
    'fuel', 'depots', 'stockpiles', 'sanctions', 'embargoes', 'diplomacy', 'negotiations',
    'ceasefire', 'observers', 'inspectors', 'verification', 'treaties', 'disinformation',
    'propaganda', 'sabotage', 'espionage', 'hackers', 'ransomware', 'malware', 'encryption',
    'quantum', 'semiconductors', 'microchips', 'rare', 'earths', 'minerals', 'supply', 'chains',
    'industry', 'factories', 'shipyards', 'contracts', 'budgets', 'investments', 'loans',
    'grants', 'pensions', 'salaries', 'recruitment', 'reservists', 'veterans', 'families',
    'refugees', 'civilians', 'children', 'hospitals', 'schools', 'universities', 'researchers',
    'scientists', 'engineers', 'doctors', 'nurses', 'volunteers', 'firefighters', 'police',
    'coastguards', 'border', 'guards', 'customs', 'airspace', 'territorial', 'waters', 'borders',
    'corridors', 'checkpoints', 'minefields', 'demining', 'bunkers', 'trenches', 'peacekeeping',
    'stabilisation', 'reconstruction', 'humanitarian', 'aid', 'vaccines', 'pandemics',
    'earthquakes', 'floods', 'wildfires', 'droughts', 'famine', 'migration', 'smuggling',
    'trafficking', 'piracy', 'terrorism', 'extremism', 'radicalisation', 'Arctic', 'icebreakers',
    'fisheries', 'undersea', 'cables', 'wind', 'farms', 'gas', 'fields', 'oil', 'terminals',
    'nuclear', 'plants', 'uranium', 'enrichment', 'warheads', 'launchers', 'interceptors',
    'glide', 'vehicles', 'ballistic', 'cruise', 'biological', 'chemical', 'radiological',
    'detection', 'decontamination', 'protective', 'equipment', 'hypersonic',
]
SYLLABLES = [
    'ar', 'bel', 'cor', 'dan', 'el', 'fal', 'gor', 'han', 'ith', 'jor', 'kel', 'lun', 'mor',
    'nor', 'ost', 'pel', 'quin', 'ras', 'sol', 'tor', 'ul', 'var', 'wen', 'yst', 'zor',
]
MONTHS = [
    'Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.',
]
# fmt: on


class Writer:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.journalists = [
            (f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.randrange(len(OUTLETS)))
            for _ in range(150)
        ]
        # A long tail of rare words: 4,000 exercise and operation names.
        self.codenames = sorted(
            {"".join(rng.choice(SYLLABLES) for _ in range(3)).title() for _ in range(4000)}
        )

    def zipf(self, items, skew=0.7):
        """An item, the first ones far more often (a Zipf-like law); the tail uniformly."""
        i = int(self.rng.paretovariate(skew)) - 1
        return items[i] if i < len(items) else self.rng.choice(items)

    def terms(self) -> str:
        picked = [self.zipf(TERMS, 0.35) for _ in range(self.rng.randint(2, 4))]
        return ", ".join(picked[:-1]) + " and " + picked[-1]

    def sentence(self, templates=CLAIMS) -> str:
        return self.rng.choice(templates).format(
            actor=self.zipf(ACTORS),
            subject=self.zipf(SUBJECTS),
            verb=self.rng.choice(VERBS),
            city=self.zipf(CITIES),
            terms=self.terms() if "{terms}" in str(templates) else "",
            codename=self.rng.choice(self.codenames),
        )

    def paragraph(self, low=2, high=5, templates=CLAIMS) -> str:
        return " ".join(self.sentence(templates) for _ in range(self.rng.randint(low, high)))

    def date(self) -> datetime.date:
        start = datetime.date(2000, 1, 1).toordinal()
        return datetime.date.fromordinal(
            self.rng.randrange(start, datetime.date(2025, 12, 31).toordinal())
        )


def transcript(w: Writer, n: int) -> tuple[str, d.ParsedDocument]:
    rng = w.rng
    official, role, org = rng.choice(OFFICIALS[:4])
    moderator, mrole = rng.choice(MODERATORS)
    when = w.date()
    subject = w.zipf(SUBJECTS)
    title = "Press conference"
    occasion = f"by NATO {role} {official} on {subject} ({n})"
    doc = d.ParsedDocument(
        kind=d.PRESS_CONFERENCE,
        title=title,
        subtitle=occasion,
        format="transcript",
        organisation=org,
        date=when,
    )
    head = f"{title}\n\n{occasion}\n\n  • {when.day:02d} {MONTHS[when.month - 1]} {when.year} -\n\n(As delivered)\n\n"
    opening = "\n\n".join(w.paragraph(3, 6) for _ in range(rng.randint(5, 10)))
    doc.turns.append(
        d.ParsedTurn(d.T_STATEMENT, opening, speaker=official, speaker_label=official, role=role)
    )
    lines = [head + opening + "\n\nWith that, I am ready to take your questions.\n"]
    for _ in range(rng.randint(4, 10)):
        name, outlet_i = rng.choice(w.journalists)
        outlet, short = OUTLETS[outlet_i]
        intro = f"We will go to {name} from {outlet}."
        question = " ".join(w.sentence(QUESTIONS) for _ in range(rng.randint(1, 3)))
        answer = "\n\n".join(w.paragraph(2, 5) for _ in range(rng.randint(1, 4)))
        first = len(doc.turns)
        doc.turns.append(
            d.ParsedTurn(
                d.T_MODERATION, intro, speaker=moderator, speaker_label=moderator, role=mrole
            )
        )
        doc.turns.append(
            d.ParsedTurn(
                d.T_QUESTION,
                question,
                speaker=name,
                speaker_label=name,
                outlet=outlet,
                outlet_label=short,
            )
        )
        doc.turns.append(
            d.ParsedTurn(d.T_ANSWER, answer, speaker=official, speaker_label=official, role=role)
        )
        doc.exchanges.append(
            d.ParsedExchange(first + 1, [first + 1, first + 2], journalist=name, outlet=outlet)
        )
        lines.append(
            f"{moderator}, {mrole}:  {intro}\n\n{name} ({short}): {question}\n\n{official}, {role}:  {answer}\n"
        )
    lines.append(
        f"{moderator}, {mrole}:  Thank you very much. This concludes this press conference.\n"
    )
    doc.turns.append(
        d.ParsedTurn(
            d.T_MODERATION,
            "Thank you very much. This concludes this press conference.",
            speaker=moderator,
            speaker_label=moderator,
            role=mrole,
        )
    )
    return "\n".join(lines), doc


def article(w: Writer, n: int) -> tuple[str, d.ParsedDocument]:
    rng = w.rng
    official, role, _ = rng.choice(OFFICIALS)
    when = w.date()
    title = f"{official.split()[-1]} Details Plans on {w.zipf(SUBJECTS).title()} ({n})"
    doc = d.ParsedDocument(
        kind=d.NEWS_ARTICLE,
        title=title,
        format="news_article",
        organisation="U.S. Department of Defense",
        date=when,
    )
    body = []
    for _ in range(rng.randint(12, 22)):
        if rng.random() < 0.3:
            text = f'"{w.sentence()} {w.sentence()}" {official.split()[-1]} said.'
            doc.turns.append(
                d.ParsedTurn(d.T_QUOTE, text, speaker=official, speaker_label=official, role=role)
            )
        else:
            text = w.paragraph(3, 5, REPORTS)
            doc.turns.append(d.ParsedTurn(d.T_NARRATIVE, text))
        body.append(text)
    caption = f"{official} speaks during a news conference in {w.zipf(CITIES)}, {MONTHS[when.month - 1]} {when.day}, {when.year}."
    doc.captions.append(
        d.ParsedCaption(caption, title=official, credit="DOD", virin=f"{when:%y%m%d}-D-{n:05d}")
    )
    text = (
        "An official website of the United States Government \nHere's how you know\n\n"
        f"{title}\n\nBy DOD News Staff\n\n{when:%B %d, %Y}\n\n"
        + "\n\n".join(body[:2])
        + f"\n\n{caption}\nPhoto By: DOD\nVIRIN: {doc.captions[0].virin}\n\n"
        + "\n\n".join(body[2:])
    )
    return text, doc


def generate_documents(n: int, seed: int = 1) -> Iterator[tuple[str, bytes, d.ParsedDocument]]:
    rng = random.Random(seed)
    w = Writer(rng)
    for i in range(n):
        if rng.random() < 0.5:
            text, doc = transcript(w, i)
            name = f"nato/{doc.date:%Y}/transcript-{i:06d}.txt"
        else:
            text, doc = article(w, i)
            name = f"dod/{doc.date:%Y}/article-{i:06d}.txt"
        yield name, text.encode("utf-8"), doc


def generate(n: int, seed: int = 1) -> Iterator[tuple[str, bytes]]:
    """``n`` (filename, file bytes) pairs, the same for the same seed."""
    for name, data, _ in generate_documents(n, seed):
        yield name, data
