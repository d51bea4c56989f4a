"""Word lists for reading news prose: titles that precede a name, words that are never part of
a person's name, abbreviations that do not end a sentence, and first names that tell a
pronoun's gender. Lower case throughout; callers compare ``word.lower()`` without its dot.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The last word of a title before a name: "NATO Secretary General", "Army Gen.", "Mr".
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "madam", "prof",
    "professor", "rev", "hon", "honourable", "honorable", "rt", "mme", "mlle",
}  # fmt: skip
RANKS = {
    "general", "gen", "admiral", "adm", "sergeant", "sgt", "colonel", "col", "lieutenant", "lt",
    "major", "maj", "captain", "capt", "cmdr", "commander", "officer", "pvt", "private", "spc",
    "specialist", "cpl", "corporal", "airman", "seaman", "ensign", "marshal", "brigadier",
    "brig", "commodore", "petty", "pfc", "sfc", "msgt", "tsgt", "ssgt", "smsgt", "cmsgt",
    # Navy ratings before a name: "Senior Chief Engineman", "Fire Controlman 2nd Class"
    "engineman", "controlman", "corpsman", "hospitalman", "fireman", "yeoman", "boatswain",
    "machinist", "electrician", "gunner", "mate", "technician", "tech", "guardsman",
}  # fmt: skip
ROLE_HEADS = HONORIFICS | RANKS | {
    "secretary", "secretary_general", "minister", "president", "chairman", "chairwoman",
    "chair", "spokesperson", "spokesman", "spokeswoman", "ambassador", "director", "chief",
    "undersecretary", "chancellor", "premier", "king", "queen", "prince", "princess", "senator",
    "sen", "representative", "rep", "governor", "gov", "mayor", "envoy", "coordinator",
    "adviser", "advisor", "counselor", "counsellor", "head", "leader", "speaker",
    "commissioner", "chargé", "attaché", "deputy", "official", "congressman",
    "ministre", "président", "présidente", "secrétaire", "général", "porte-parole", "ambassadeur",
    "ambassadrice", "directeur", "directrice", "chancelier", "chancelière",
    "congresswoman", "secretary-general", "judge", "justice", "commandant", "superintendent",
    "lead",
}  # fmt: skip
# Words that narrow a title: "the secretary" is not the deputy press secretary.
QUALIFIERS = {
    "deputy", "assistant", "under", "press", "vice", "acting", "principal", "associate",
    "executive", "special", "senior", "junior", "former", "prime",
}  # fmt: skip
# Two-word titles that are one title: "secretary general" is no general.
_COMPOUNDS = re.compile(
    r"\b(secretary|attorney|inspector|surgeon|director|governor|consul)[\s-]+general\b", re.I
)
_SYNONYMS = {
    "gen": "general", "adm": "admiral", "sgt": "sergeant", "col": "colonel", "lt": "lieutenant",
    "maj": "major", "capt": "captain", "cmdr": "commander", "brig": "brigadier",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairwoman": "chairman",
    "chair": "chairman", "defence": "defense", "advisor": "adviser", "counsellor": "counselor",
    "sen": "senator", "rep": "representative", "gov": "governor",
    "secretary-general": "secretary_general",
}  # fmt: skip

# The AP's abbreviations of U.S. states, whose dot is part of the name ("Fort Bragg, N.C.").
STATE_ABBREVIATIONS = _words(
    """
    ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind. kan. ky. la. md. mass. mich. minn.
    miss. mo. mont. neb. nev. n.h. n.j. n.m. n.y. n.c. n.d. okla. ore. pa. r.i. s.c. s.d. tenn.
    vt. va. wash. w.va. wis. wyo. d.c.
    """
)

# Abbreviations whose dot does not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "rev", "hon", "rt", "st", "gen", "adm", "sgt", "col", "lt",
    "maj", "capt", "cmdr", "pvt", "spc", "cpl", "brig", "jr", "sr", "no", "vs", "inc", "ltd",
    "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "sen", "rep", "gov", "dept", "est", "approx", "ft", "mt", "u.s", "u.k", "e.g", "i.e",
    "etc", "al",
}  # fmt: skip
SENTENCE_ENDERS = {"etc", "inc", "ltd", "co", "corp"}

# Capitalised words that start sentences or name things, never a person.
SENTENCE_WORDS = {
    "the", "a", "an", "in", "at", "on", "but", "and", "or", "as", "this", "that", "these",
    "those", "after", "before", "during", "while", "with", "for", "from", "by", "to", "when",
    "since", "although", "though", "however", "meanwhile", "today", "yesterday", "tomorrow",
    "asked", "according", "speaking", "also", "if", "it", "its", "there", "here", "we", "our",
    "he", "she", "they", "his", "her", "their", "i", "you", "your", "some", "many", "more",
    "most", "other", "all", "both", "each", "every", "one", "two", "three", "four", "five", "so",
    "still", "yet", "then", "now", "later", "earlier", "last", "next", "first", "such", "under",
    "over", "about", "among", "between", "against", "without", "within", "what", "which",
    "who", "whom", "whose", "where", "why", "how", "not", "no", "yes", "thank", "thanks",
    "please", "dear", "good", "new", "well", "officials", "allies", "ministers", "leaders",
    "troops", "forces", "photo", "video", "image", "related", "watch", "read", "listen", "via", "like", "unlike", "despite", "because", "until", "following", "ahead", "amid",
    "through", "throughout", "into", "onto", "upon", "do", "does", "did", "is", "are", "was",
    "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "shall", "let", "just", "only", "even", "already", "again",
}  # fmt: skip
_PLACES_AND_THINGS = """
department ministry fund council command commands force forces agency alliance union states
nations organization organisation group summit university college academy school center centre
headquarters army navy corps guard base office committee commission parliament congress senate
house pentagon agreement treaty strategy initiative program programme operation operations
coalition island islands sea ocean republic kingdom federation north south east west northern
southern eastern western central day week service services news press media times post journal
review institute foundation association society company corporation bank court embassy mission
station airport port bay river lake mountain mountains county city province region district
state capitol hall square street avenue road bridge building plan act law bill policy doctrine
concept declaration charter accord pact conference meeting ministerial forum dialogue partnership
system systems missile missiles fleet squadron wing battalion brigade division regiment unit
team task staff chiefs joint affairs defense defence security intelligence innovation accelerator
technology technologies cyber space energy health global international national european
atlantic pacific indo arctic middle party church daesh isis taliban kremlin nato eu un olympic
games cup award prize medal memorial museum library cemetery park fort camp range air marine
commando company platoon detachment flotilla assembly parliamentary delegation
industry trade finance education environment infrastructure transport agriculture veterans
procurement personnel readiness acquisition sustainment economy interior
marines coast naval military allied alliance's nato's american british french german polish
ukrainian russian chinese european asian african canadian dutch italian spanish turkish
january february march april may june july august september october november december monday
tuesday wednesday thursday friday saturday sunday america africa asia europe russia ukraine
china iran iraq syria israel afghanistan belgium brussels washington london paris berlin moscow
kyiv kiev warsaw poland germany france britain canada japan korea india pakistan turkey norway
sweden finland denmark estonia latvia lithuania romania bulgaria hungary slovakia czech
czechia greece italy spain portugal netherlands luxembourg albania croatia montenegro macedonia
slovenia iceland georgia moldova belarus kosovo serbia bosnia herzegovina saudi arabia emirates
qatar egypt libya jordan lebanon yemen somalia sudan mali niger australia zealand mexico brazil
taiwan vietnam philippines indonesia england scotland wales ireland pacific baltic balkans
nordic sahel caucasus crimea donbas black mediterranean hague virginia texas california
florida carolina hawaii alaska england fund's covid internet web online twitter facebook
linkedin youtube instagram class us uk eu un ai tv ok dynamics atomics electric motors
"""
NOT_NAMES = SENTENCE_WORDS | _words(_PLACES_AND_THINGS)

_FEMALE_WORDS = {
    "mme", "mlle", "mrs", "ms", "miss", "madam", "dame", "lady", "queen", "princess", "spokeswoman",
    "chairwoman", "congresswoman", "duchess",
}  # fmt: skip
_MALE_WORDS = {"mr", "m", "sir", "lord", "king", "prince", "spokesman", "congressman", "duke"}
# Common first names in English and European news, to tell "she said" from "he said".
FEMALE_NAMES = _words(
    """
    abigail agnès alexis alice amanda amber amy ana andrea angela ann anna annalena anne
    annegret ashley avril barbara betty beverly brenda bridget brittany carla carol carolyn
    catherine charlotte cheryl christina christine condoleezza cynthia danielle deb deborah
    debra denise diana diane donna doris elena elizabeth emily emma evelyn federica florence
    frances gina giorgia gloria grace hanna hannah heather heidi helen hillary ingrid irina
    iryna isabella isabelle jacinda jacqueline jane janet janice jean jelena jennifer jessica
    joan joyce judith judy julia julie kaja kajsa kamala karen katarina kate katherine kathleen
    kathryn kathy kayla kelly kemi kimberly kristalina kristi laura lauren linda lisa liz lori
    madeleine madison margaret margrethe maria marie marilyn marine marta martha mary megan
    melissa mette michelle nancy natalia natalie nathalie nicole nikki oana olena olha olivia
    pamela patricia penny priti rachel rebecca rose ruth sabrina samantha sandra sanna sara
    sarah sharon shirley sophia stephanie suella susan svetlana sylvie ségolène tatiana teresa
    theresa ursula victoria virginia ylva yulia yvette
    """
)
MALE_NAMES = _words(
    """
    aaron adam alan albert alexander anders andrew andrii andriy andrzej anthony antony arthur
    ash austin ben benjamin billy bobby boris brandon brian bruce bryan carl carlos charles
    christian christophe christopher chuck colin daniel david dennis denys dick dmitry dmytro
    donald douglas dylan edward elijah emmanuel eric erik ethan eugene francois frank
    frank-walter françois friedrich gabriel gary george gerald giorgos giuseppe grant gregory
    gérard hans harold heinz hendrik henry hubert igor jaap jack jacob jake james jan jason
    javier jean-yves jeffrey jens jeremy jerry jesse jim joe john johnny jonathan jordan jose
    joseph joshua juan jurgen justin jürgen karl keir keith kenneth kevin klaus kyle kyrylo
    larry lars lawrence leon lloyd logan louis luigi luis mario mark matthew michael miguel mike
    mircea nathan nicholas nils noah olaf oleg oleksii patrick paul pedro peter petr philip piet
    ralph randy raymond recep richard rishi robert roger ronald roy ruslan russell rustem ryan
    samuel scott sean sergei sergey sergio stephen steven sven sébastien terry thomas timothy
    todd tony tyler valerii valeriy viktor vincent vitali vladimir volodymyr walter wayne willem
    will bill pat tom rob dan sam matt nick ted josh michal michał kristaps hanno antti petteri
    william willie wladyslaw wopke władysław xavier zachary
    """
)
FIRST_NAMES = FEMALE_NAMES | MALE_NAMES | {"jordan", "georgia", "virginia", "florence", "paris"}


def gender_of(role: str, name: str) -> str:
    """ "f" or "m" when a title or the first name says so, else ""."""
    words = {w.lower().rstrip(".") for w in role.split()}
    if words & _FEMALE_WORDS:
        return "f"
    if words & _MALE_WORDS:
        return "m"
    first = name.split()[0].lower().rstrip(".") if name.split() else ""
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    return ""


def is_role_head(word: str) -> bool:
    """Is a bare word a title's head: "minister", also "vice-president", "co-chair"?"""
    return (
        word in ROLE_HEADS
        or ("-" in word and word.rsplit("-", 1)[1] in ROLE_HEADS)
        or (len(word) > 10 and word.endswith(_COMPOUND_HEADS))  # "verteidigungsminister"
    )


# German titles are one word ending in their head: "Verteidigungsminister", "Bundeskanzler".
_COMPOUND_HEADS = ("minister", "ministerin", "kanzler", "kanzlerin", "präsident", "präsidentin")


def role_words(role: str) -> set[str]:
    """The words of a title, normalised for matching: {"defense", "secretary"}."""
    role = _COMPOUNDS.sub(lambda m: m.group(1).lower() + "_general", role)
    words = set()
    for word in re.findall(r"[\w'’.-]+", role.lower()):
        word = re.sub(r"['’]s$", "", word).rstrip(".")
        # "vice-president": a vice president; "secretary-general" is one title
        parts = [word] if word in _SYNONYMS or "-" not in word else word.split("-")
        for part in parts:
            if part and part not in ("of", "the", "and", "for", "a", "an"):
                words.add(_SYNONYMS.get(part, part))
    return words
