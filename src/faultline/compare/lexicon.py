"""The vocabulary of source comparison, kept apart from the algorithms that use it.

    STOPWORDS        words that carry no topic
    NEGATION         cues that turn a statement into its denial ("not", "denies")
    HAPPENINGS       words naming a happening of a PLOVER type, to tell what a REJECT denies
    CONCEPTS         topic concepts: words that say the same thing in other words
    OPPOSITES        words that assert a concept's opposite ("captured" against "held")
    TIE_CONCEPTS     the concept a relation type asserts
    AGREE_ONLY       concepts too loose to contradict on (who attacked whom is the stories' job)
    TOPICS           how a concept is named in a comparison's topic
    PERSON_UNITS     quantity units that count people (compared as killed/wounded, not here)

Single words are written as they appear; the code compares them by `words.stem`, except
those marked `=`, which must appear exactly ("=backed": not "pushed them back"). Entries with
a space are phrases, matched as whole words in the lower-cased text.
"""
from __future__ import annotations

STOPWORDS = frozenset("""
a an the of in on at to from by for and or but with into onto as its it is was were be been being
has have had that this these those which who whom whose their his her he she they we our us you
your i me my them there here than then also after before over under about against between
during while would could should will shall may might must can do does did done said says say
told tell according one two three any all some such more most other another only just very
if when where what how why so up out off again once each both few own same too still yet
""".split())

NEGATION = frozenset("""
not no never n't cannot none nothing nobody neither nor deny denies denied denying reject
rejects rejected rejecting refuse refuses refused refusing dismiss dismisses dismissed
false baseless unfounded won't wouldn't don't doesn't didn't isn't aren't wasn't weren't
""".split())

HAPPENINGS = {
    "ASSAULT": frozenset("""
        attack attacked attacking attacks strike struck strikes striking shell shelled shelling
        shells bomb bombed bombing bombs fired firing shot shooting ambush ambushed raid
        raided massacre massacred kill killed killing killings rocket rockets missile missiles
        drone drones airstrike airstrikes assault assaulted explosion blast""".split()),
    "COERCE": frozenset("""
        abduct abducted abduction kidnap kidnapped kidnapping seize seized arrest arrested
        detain detained blockade blockaded besiege besieged expel expelled""".split()),
}

CONCEPTS = {
    "proxy": frozenset("""
        orders behest behalf bidding instructed instruction command proxy drawn dragged pulled intervene
        activate directed dictated puppet""".split()),
    "support": frozenset("""
        supports =backing =backed =backs funding financed =arming =supplied =supplying
        sponsored =trains =trained patron""".split()),
    "hold": frozenset("""
        repelled repel repulsed holds held control controlled retained""".split()
                      + ["pushed back", "push back", "pushed them back", "under control",
                         "remains under"]),
    "attack": frozenset("""
        attacked strike struck shelling bombing fired raided airstrike assault""".split()
                        + ["air strike"]),
    "involvement": frozenset("""
        involved involvement participated role responsibility responsible behind""".split()),
}

OPPOSITES = {
    "hold": frozenset("""captured overran overrun seized stormed""".split()
                      + ["fought their way into", "fought its way into", "took control",
                         "taken control"]),
}

TIE_CONCEPTS = {
    "funds": "support", "arms": "support", "trains": "support", "supports": "support",
    "controls": "hold",
}

AGREE_ONLY = frozenset({"attack"})

TOPICS = {
    "proxy": "acts on another's orders",
    "support": "support",
    "hold": "control / outcome",
    "attack": "attack",
    "involvement": "involvement",
}

PERSON_UNITS = frozenset("""
people person persons civilian civilians soldier soldiers fighter fighters dead killed
wounded injured casualties victims man men woman women child children""".split())
