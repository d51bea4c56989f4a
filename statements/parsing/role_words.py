"""The words that tell names, roles and outlets apart in speaker labels and headers: what posts
are made of, honorifics, name particles, marks of news outlets, ranks, and words that are never
part of a name. Lower case; roles.py looks words up in them once folded (``roles.fold``).
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """A vocabulary written as words separated by white space."""
    return frozenset(text.split())


# Words that make a phrase a role: a person holding one of these is an official, not an outlet.
HEAD_ROLES = word_set(
    """secretary minister president spokesperson spokesman spokeswoman spokespeople ambassador
    admiral general commander chair chairman chairwoman chairperson director chief representative
    commissioner chancellor king queen prince princess senator governor mayor envoy moderator
    colonel lieutenant captain officer head adviser advisor coordinator premier marshal
    commandant brigadier leader deputy undersecretary official sg dsg saceur sact hr/vp
    secretary-general vice-president taoiseach mep mp congressman congresswoman aide staffer
    administrator"""
)
# Words that may stand in a role before a name ("Pentagon Press Secretary", "Army Gen.").
ROLE_MODIFIERS = word_set(
    """assistant acting senior principal executive special vice under first prime press foreign
    defence defense affairs state national security high supreme allied military joint chiefs
    staff army navy air force marine corps rear major lt ltg gen adm amb sec col capt maj sgt
    brig vadm radm nato pentagon department u.s. us eu un european commission council committee
    white house federal foreign permanent united nations union cabinet treasury homeland
    interior economy finance trade development international cooperation hr vp former
    designate elect lady lord honourable honorable excellency his her sergeant lieutenant-general
    major-general rear-admiral vice-admiral air-marshal defense-press spokesperson-designate
    pentagon's nato's intelligence counter-terrorism cyber policy operations public global
    strategic communications media relations member members parliament permanent co
    administration"""
)
ROLE_WORDS = HEAD_ROLES | ROLE_MODIFIERS
# Bodies, not people: "Statement by the North Atlantic Council" has no speaker to name.
ORG_NOUNS = word_set(
    """council committee commission alliance allies government ministry department office agency
    organisation organization union nations assembly parliament summit meeting forum secretariat
    headquarters command embassy mission delegation board presidency association institute
    foundation federation coalition"""
)
HONORIFICS = word_set(
    "mr mrs ms miss mx dr doctor doctors prof professor sir dame madam madame mme mlle herr frau hon h.e rt"
)
CONNECTORS = word_set("of the for and & to on in at")
# Name particles written in lower case inside a name ("Ursula von der Leyen").
PARTICLES = word_set("van von der den de da di du del della dos das la le ter ten bin al y zu af")
LOWER_PARTICLES = word_set("van von der den ter ten zu")
LEADING_PARTICLES = word_set("van von de da di du del della le la")
# Organisations whose name in a label is an affiliation, not a news outlet.
AFFILIATIONS = word_set("""nato otan eu un osce au us u.s. u.s usa uk dod pentagon eeas""") | {
    "white house",
    "state department",
    "european commission",
    "european union",
    "united nations",
}
# Marks of a news outlet (used where the outlet is not in a label's parenthesis).
OUTLET_WORDS = word_set(
    """news times post press agency agence radio tv television zeitung journal daily weekly
    broadcasting broadcast corporation reuters ap afp bbc cnn dpa efe ansa tass ria interfax
    ukrinform politico bloomberg wire gazette herald tribune magazine channel network media
    telegraph guardian globe monitor observer review today standard courier express mail star
    nikkei kyodo xinhua yonhap anadolu welle euronews rferl rfe/rl voa economist spiegel zdf ard
    nrk svt yle rai tvp pap bta ctk hina mti lusa agerpres abc nbc cbs fox msnbc npr pbs sky itv
    figaro monde allgemeine rundschau stampa corriere pais vg tg4 dw ria-novosti aftenposten
    defense-one breaking insider hill axios defence one stars stripes jane's jane’s
    presse agentur nachrichten rundfunk fernsehen kurier welt handelsblatt dagblad dagbladet
    nyheter avis tidning tidningen gazeta dziennik diario noticias giornale notizie rtl rtbf
    orf ntv wdr ndr mdr swr srf rts tv2 tv3 tv4 tvn ert mbc kbs nhk rtp rtve rne cadena
    jazeera arabiya alhurra sputnik cnbc wsj nyt ft lci tf1 bfm france24 yomiuri asahi mainichi
    hurriyet haaretz ynet kathimerini delfi lrt postimees polsat onet unian rbc kommersant
    izvestia vedomosti europe agence digi24 hotnews mediafax ukrinform suspilne yahoo newsmax
    buzzfeed univision telemundo mediaite bulwark huffpost vox cbc ctv siriusxm"""
)
# Short words of outlet names that are words, not acronyms ("SKY NEWS" -> "Sky News").
OUTLET_PLAIN_WORDS = word_set("news post mail star sun wire one time sky fox blue day week")
# Written in capitals even when a label printed in capitals is made readable.
ACRONYMS = word_set(
    "nato otan eu un us u.s. uk usa hr/vp sg dsg saceur sact dod osce eeas mp mep nsc cia ii"
)
# What documents and events are called, never part of a person's name.
DOCUMENT_WORDS = word_set(
    """briefing briefings conference remarks statement statements interview speech availability
    readout transcript release summit ministerial doorstep"""
)
# Military ranks and services: printed before a name, they say what someone is, not their post.
RANKS = word_set(
    """general gen major maj lieutenant lt ltg lt. colonel col captain capt admiral adm vice rear
    vadm radm brigadier brig sergeant sgt commander cdr cmdr air force army navy marine marines
    corps space coast guard master chief petty officer warrant field marshal first second class
    private specialist ensign us u.s. major-general lieutenant-general rear-admiral
    vice-admiral air-marshal"""
)
SERVICES = word_set("army navy air force marine marines corps coast guard space")
# Letters after a name: a title or an honour, not part of the name ("The Rt Hon Ben Wallace MP").
POSTNOMINALS = word_set("mp mep msp ms mla td qc kc obe cbe mbe kbe dbe kcb gcb kcmg gcmg dl jp")
# Articles that open the name of a newspaper, never a person's first name.
ARTICLES = word_set("the die der das les el il het los las")
# Abbreviated posts, only with their full stop ("MIN. PISTORIUS", "PRES. ZELENSKYY"): without
# it they are names ("Min Kim").
DOTTED_ROLES = word_set("min pres dep sen rep gov supt cdr cmdr")
# Greetings, thanks and openers: never part of a person's name ("Happy Friday", "Hi Andrea").
SPEECH_WORDS = word_set(
    """hi hey hello happy thanks thank welcome look listen okay ok yes yeah yep sure sorry please
    congratulations congrats morning afternoon evening goodbye bye firstly secondly lastly is
    are was were this that these those there here what why how when where which and but or so
    on in at for from with to of by about regarding"""
)
