"""Words that make a line look like a speaker's label when it is not one.

"Photo By: NATO", "Note: ...", "Editor's note:" introduce page furniture; "Dear friends:",
"Second, I would say:", "Back to the United States:" open a sentence. labels.py asks these
before it reads a name or a role in what comes before a colon.
"""

from __future__ import annotations

from statements.parsing.roles import fold, word_set

# Lines that look like labels but introduce page furniture or prose ("Photo By: NATO").
STOP_WORDS = word_set(
    """note notes nb ps update updated correction photo photos video image images credit credits
    caption virin source sources related tags tag topics topic keywords summary background
    context disclaimer warning attention agenda subject re date time location venue place title
    category categories type language languages author authors by published posted modified
    speakers participants present attendees contact contacts email e-mail tel telephone phone
    fax web website url link links watch listen download downloads file files print share
    reference references transcript highlights quote quotes example examples embargo embargoed
    ends end annex appendix attachment attachments section chapter part item point status
    remarks speech statement doorstep interview briefing issue issues goal goals purpose
    objective objectives result results conclusion conclusions lesson lessons step steps
    dateline headline news"""
)
STOP_PHRASES = frozenset(
    phrase.strip()
    for phrase in [
        "editor's note",
        "editors note",
        "editor's notes",
        "photo by",
        "photo credit",
        "video by",
        "image credit",
        "\n    last updated",
        "read more",
        "see also",
        "follow us",
        "media contact",
        "press contact",
        "press release",
        "\n    press office",
        "full transcript",
        "key points",
        "note to editors",
        "notes to editors",
        "opening remarks",
        "\n    press conference",
        "press briefing",
        "press point",
        "keynote speech",
        "more information",
        "\n    further information",
        "for more information",
        "q&a",
    ]
)


# Words that open a sentence or a salutation, never a speaker's label ("Dear friends:").
OPENERS = word_set(
    """dear ladies gentlemen excellencies excellency distinguished colleagues friends good hello
    hi welcome thank thanks yes no well so and but today now here this that these there my our
    your we i let as in on at for with to if when what why how because however finally firstly
    secondly thirdly second third lastly look listen okay ok sure sorry also again then please
    back next moving turning going switching regarding"""
)

PICTURE_WORDS = word_set("photo photos video videos image images caption credit courtesy")


def is_stopped(body: str) -> bool:
    """A label's words that introduce page furniture or prose ("Photo By:", "Note:")."""
    words = [fold(w) for w in body.split()]
    folded = " ".join(words)
    if folded in STOP_PHRASES or "http" in folded or "www." in folded:
        return True
    if any(w in PICTURE_WORDS for w in words):  # "AP Photo:", "Video courtesy:"
        return True
    return len(words) == 1 and folded in STOP_WORDS
