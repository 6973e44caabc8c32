"""Phoenix / PETRARCH actor and agent dictionaries, read as faultline actors.

Phoenix dictionaries © Open Event Data Alliance, MIT licence; converted by faultline's
loader at load time, no file copied into the project (see `phoenix_notice()`).

    load_phoenix_actors(path)   a `*.actors.txt` file -> list[Actor]
    read_phoenix_actors(path)   the same, with notes on what was skipped or kept as written
    load_phoenix_agents(path)   an agents file -> {"police": "COP", "rebels": "REB", ...}
    looks_like_phoenix(text)    True when text reads as a Phoenix actor dictionary

Actor file format (TABARI 0.8 / PETRARCH, as in the Phoenix files)
-------------------------------------------------------------------
    # comment; "<!-- ... -->" (one or several lines) is a comment too
    BARACK_OBAMA                   a primary name: words joined by "_" (or spaces); a
    +PRESIDENT_OBAMA_              final "_" means "the phrase ends here" (no stemming)
    +OBAMA                         "+" lines are synonyms of the primary name above
        [USAELI 780101-000101]     indented code lines, or codes after the name on its
        [USAGOV >090120]           own line ("HAMAS [PSEREBHMS]"); several may follow
    AFGHANISTAN_  [AFG]

A code is CAMEO: 3-letter segments, a country or sector (AFG, IGO, NGO, MNC, IMG) then
roles (GOV, MIL, REB...) or group ids (HMS = Hamas). Its optional date restriction is
"<D" (until D), ">D" (from D), "D1-D2" (between) or none (the default code); dates are
YYYYMMDD or YYMMDD (YY <= 30 is 20YY, as in PETRARCH). "---" / "+++" are null codes
("recognise, do not code"). A primary name with no code of its own shares the codes of
the next entry that has some (PETRARCH 1 behaviour: "AMERICAN_VICE_PRESIDENT" then
"AMERICAN_VICE-PRESIDENT" then "[USAGOV]").

How an entry becomes an Actor
-----------------------------
- id "phoenix:" + slug of the primary name; name in natural case (below); forms: the
  primary name ("name"), every synonym ("alias"), and for "ANIMAL_LIBERATION_FRONT_(ALF)_"
  also "Animal Liberation Front" ("name") and "ALF" ("alias") when the parenthesis holds
  the initials of the name (not for "(COLOMBIA)"). Entries with the same id in one file
  are one actor (forms and codes merged). source is the file's path.
- codes {"cameo": the current code, "cameo_all": ["AFGGOV 1933-11-08/1973-07-17", ...]}.
  The current code is the open-ended ">D" one with the latest start, else the last
  default (undated) code, else the dated one that ended last; null codes are listed in
  cameo_all but are never current. Ranges print as "START/END" with ".." for an open
  end; a restriction that cannot be read as dates (PETRARCH rejects it too: "2004017",
  an end before the start) stays as written ("KORGOVBUS 2004017-20061201") and ranks last.
  cameo_all is a list, the one non-string value in Actor.codes.
- country: the current code's first segment when it is an ISO 3166 alpha-3 code; for
  NGO/NGM/MNC codes the segment after the sector ("MNCUSA" -> USA), its home country.
- sector: the word for the code's first role (GOV -> "government", REB -> "militant").
- type, the first rule that fits:
    armed_group  every entry of a file named *MilNonState* (Phoenix's militarised
                 non-state actors; codes there are loose: CIRA is [WEU]), persons aside
    state        every real code is a place: a bare 3-letter code that is no sector, role,
                 religion or IGO id ([USA], [USR <911226], fictional [GON]), or a country
                 plus its territory ([GBRVGB]); "location" when all are CAMEO regions ([AFR])
    person       a code has a date restriction (tenures: CountryInfo leaders, IGO heads),
                 or a role ELI (elites), or the name line's comment cites a list of people
                 ("# CountryInfo.txt", "# IGOrulers.txt"), unless the name's head word
                 names a body ("Sudan People's Liberation Movement", "Politburo of ...")
    organization IGO codes, and bare IGO ids such as [IMF] ("IGOUNOREFHCR" is UNHCR)
    armed_group  IMG... codes, or a role REB/INS/SEP/UAF
    media        the last segment is MED (NGO/MNC media included)
    organization other NGO/NGM/MNC codes
    armed_group  MIL on a code that is not a state's: no country first, or a group id
                 among its segments ("PSEHMSMIL", Hamas gunmen)
    population   a country's civilians or refugees (last segment CVL or REF)
    organization everything else: state organs (GOV, MIL, COP, JUD, SPY, LEG), parties,
                 BUS, EDU...
  People listed without dates (UN officials in the International file, "Edward Snowden
  [USAOPP]") therefore come out as organizations: the format says nothing more.
- Entries whose only codes are null codes are not actors and are left out (counted).

Natural case: each word is capitalised ("BAN_KI-MOON" -> "Ban Ki-Moon", "O'BRIEN" ->
"O'Brien", "APO'S" -> "Apo's", "MCCLOY" -> "McCloy", "13TH" -> "13th"); connecting words
after the first ("of", "the", "al", "bin", "de"...) are lower case, as are links inside
compounds ("Lashkar-e-Taiba", "Izz ad-Din", "Cote d'Ivoire"); a final Roman numeral stays
("Elizabeth II"). A word or compound part stays upper case when it is initials ("U.N.",
"W."), letters with digits ("G77", "MI5"; "Omega-7" is a word and a number), has no vowel
("PKK", "MSF"; not "MR", "DR", "NG"), or is an acronym this file vouches for: a known one
("UN", "NATO", "IMF"), one in parentheses after the name it abbreviates, or a word of 2-4
letters that alone names an organisation or armed group and either is the initials of
some name in the file ("IAEA" / "INTERNATIONAL_ATOMIC_ENERGY_AGENCY") or cannot be an
English word ("FDLR"), so "DAWN", "SONY" or "GUAM" stay words. In a person's name the last
word is never an acronym ("Kim Jong Un").

Errors: DictionaryError naming the file and line for a '[' never closed, an empty or
illegal code ("[]", "[AFG;GOV]"), a synonym or code before any name, a name line with no
name, an unclosed "<!--". Lines that are readable but wrong are kept as far as they make
sense and noted (PhoenixActors.notes; one summary warning per file on the
"faultline.knowledge.phoenix" logger): a stray ']' in a name ("+FAEROYENE]_"), text after
a code without '#' ("[MNCMED]\tNewspapers/Magazines"), unreadable dates, "Source: ..."
notes, agents syntax ("{...}", "!X! = ..."), empty synonyms, names with no code up to the
end of the file. The real Phoenix and PETR.Validate files load with a few such notes.

Agents file format: "POLICE {} [~COP]" (noun, optional plural in braces, "{}" for
none; else the regular English plural is made), "[NGO~]" for codes put before the actor's,
substitution sets "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON" used as "CONGRESS!PERSON!".
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..errors import DictionaryError
from ..model import Actor
from .ids import slugify

__all__ = ["PHOENIX_NOTICE", "PhoenixActors", "CameoCode", "phoenix_notice", "looks_like_phoenix",
           "read_phoenix_actors", "load_phoenix_actors", "load_phoenix_agents", "current_code",
           "natural_case"]

log = logging.getLogger(__name__)

PHOENIX_NOTICE = (
    "Phoenix dictionaries © Open Event Data Alliance, MIT licence; converted by faultline's "
    "loader at load time, no file copied into the project.\n"
    "The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance. Permission is hereby "
    "granted, free of charge, to any person obtaining a copy of this software and associated "
    "documentation files (the \"Software\"), to deal in the Software without restriction, "
    "including without limitation the rights to use, copy, modify, merge, publish, distribute, "
    "sublicense, and/or sell copies of the Software, and to permit persons to whom the Software "
    "is furnished to do so, subject to the following conditions: The above copyright notice and "
    "this permission notice shall be included in all copies or substantial portions of the "
    "Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR "
    "IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A "
    "PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS "
    "BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT "
    "OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER "
    "DEALINGS IN THE SOFTWARE."
)


def phoenix_notice() -> str:
    """The attribution and MIT notice to show wherever Phoenix-derived actors are used."""
    return PHOENIX_NOTICE


# ---- CAMEO vocabulary -------------------------------------------------------------------
# Role and sector segments, with the sector word an actor gets from its first role.
ROLE_SECTORS = {
    "GOV": "government", "MIL": "military", "COP": "police", "JUD": "judiciary",
    "SPY": "intelligence", "LEG": "legislature", "PTY": "party", "ELI": "elite",
    "OPP": "opposition", "REB": "militant", "INS": "militant", "SEP": "militant",
    "UAF": "militant", "IMG": "militant", "CRM": "criminal", "BUS": "business",
    "MNC": "business", "MED": "media", "EDU": "education", "NGO": "ngo", "NGM": "ngo",
    "IGO": "igo", "CVL": "civilian", "REF": "refugees", "LAB": "labor", "AGR": "agriculture",
    "HLH": "health", "HRI": "human_rights", "ENV": "environment", "DEV": "development",
    "REL": "religious", "MOD": "moderate", "RAD": "radical", "AMN": "ngo", "IRC": "ngo",
}
RELIGIONS = frozenset({"CHR", "CTH", "ORT", "PRO", "MUS", "MOS", "SHI", "SUN", "ALE", "DRZ", "SFI",
                       "JEW", "BUD", "HIN", "JAN", "SIK", "ZRO", "BAH", "CON", "TAO", "SHN", "ATH"})
# CAMEO region codes: places, but not states.
REGIONS = frozenset({"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU",
                     "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA",
                     "SAF", "WAF", "WST", "WEU", "ARB", "INT"})
SECTORS_FIRST = frozenset({"IGO", "NGO", "NGM", "MNC", "IMG", "UAF"})
ARMED_ROLES = frozenset({"REB", "INS", "SEP", "UAF", "IMG"})
POPULATION_ROLES = frozenset({"CVL", "REF"})
# Provenance comments that mark lists of people in the Phoenix files.
PERSON_LISTS = ("countryinfo.txt", "igorulers.txt")
# Acronyms of at most 4 letters (and a few longer) that news write in capitals.
KNOWN_ACRONYMS = frozenset("""
UN EU AU US USA UK UAE USSR NATO OPEC IMF WTO WFP ICC ICJ IAEA OAS OAU OIC GCC ASEAN
ECOWAS UNHCR UNICEF UNESCO UNRWA UNDP UNEP UNSC UNSG OSCE OECD IOM ILO FAO IFAD ANC PLO
IRA ETA PKK FARC ELN LTTE ISIS ISIL AQAP AQIM HTS SDF YPG RSF MSF ICRC IFRC NGO IDF
CIA FBI NSA KGB FSB GRU BBC CNN AFP AP DPRK PRC ROK DRC SPLA SPLM NLD KMT BJP EC EEC
""".split())
# Words never taken for acronyms although they have no vowel or appear alone.
NOT_ACRONYMS = frozenset({"MR", "MRS", "DR", "ST", "JR", "SR", "LT", "SGT", "CPL", "PVT",
                          "CDR", "CMDR", "LTD", "MT", "FT", "PL", "BLVD", "NR", "VS", "NG", "HLDGS"})
# English word starts and ends of two consonants (for telling "FDLR" from "DAWN").
ONSETS = frozenset("BL BR CH CL CR DR DW FL FR GL GN GR KL KN KR PH PL PR PS QU SC SH SK SL SM "
                   "SN SP SQ ST SW TH TR TW WH WR".split())
CODAS = frozenset("BS CH CK CT DS FF FT GH GS KS LB LD LF LK LL LM LP LS LT MB MP MS ND NG NK NS "
                  "NT NX PS PT RB RC RD RF RG RK RL RM RN RP RS RT SH SK SP SS ST TH TS TZ WK WL "
                  "WN WS XT".split())
# Head words of bodies, not people: a dated entry so named is not a person.
ORG_HEADS = frozenset("""
ADMINISTRATION AGENCY ALLIANCE ARMY ASSEMBLY ASSOCIATION AUTHORITY BANK BATTALION BRIGADE
BRIGADES BUREAU CABINET CHURCH COALITION COMMAND COMMISSION COMMITTEE COMPANY CONGRESS
CORPORATION CORPS COUNCIL COURT DEPARTMENT DIRECTORATE DIVISION EMIRATE FEDERATION FORCE
FORCES FOUNDATION FRONT FUND GOVERNMENT GROUP GUARD GUARDS INSTITUTE JUNTA KINGDOM LEAGUE
LEGISLATURE MILITIA MINISTRY MISSION MOVEMENT NETWORK OFFICE ORGANISATION ORGANIZATION
PARLIAMENT PARTY POLICE POLITBURO REGIME REGIMENT REPUBLIC SECRETARIAT SENATE SERVICE
SERVICES SOCIETY SOVIET STATE TRIBUNAL UNION UNIT UNITS UNIVERSITY
""".split())
# Lower case after the first word ("Bank of the Republic"), and inside compounds.
PARTICLES = frozenset({"OF", "THE", "AND", "FOR", "IN", "ON", "AT", "TO", "BY", "WITH", "DE",
                       "DEL", "DELLA", "DI", "DA", "DO", "DOS", "DAS", "DU", "DES", "LA", "LE",
                       "LES", "EL", "AL", "VAN", "VON", "DER", "DEN", "Y", "ET", "BIN", "IBN",
                       "BINT", "WA", "WAL", "UND"})
# Arabic, Persian and Urdu links inside compounds: "ad-Din", "Lashkar-e-Taiba", "Mazar-i-Sharif".
COMPOUND_PARTICLES = PARTICLES | {"E", "I", "UL", "UD", "UT", "AD", "AS", "AN", "AZ", "AR", "ASH"}
# Bare 3-letter codes that name an intergovernmental body, not a place (old TABARI usage,
# and the ids that follow IGO in Phoenix codes).
IGO_IDS = frozenset({"UNO", "NAT", "WBK", "WHO", "OPC", "IAE", "ILO", "HCR", "EBR", "ADB",
                     "IMF", "IBR", "EEC", "ICC", "ASN", "KID"})

_NULL_CODE = re.compile(r"^[-+#]+$")
_CODE_TOKEN = re.compile(r"^[A-Za-z0-9/+\-#]+$")
_CODE_BLOCK = re.compile(r"\[([^\[\]]*)\]")
_BRACES = re.compile(r"\{[^{}]*\}")
_LABEL = re.compile(r"^[A-Za-z]+:\s")          # "Source: MNC.MLH.actors", a note, not a name
_SUBSTITUTION_SET = re.compile(r"^!([^!\s]+)!\s*=(.*)$")
_PARENTHETICAL = re.compile(r"\s*\(([^()]*)\)\s*")
_INITIALS = re.compile(r"^(?:[^\W\d_]\.)+[^\W\d_]?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_VOWELS = frozenset("AEIOUY")
_DIGITS_AND_LETTERS = re.compile(r"^(?=.*\d)(?=.*[^\W\d_])[^\W_]+$")
_ORDINAL = re.compile(r"^\d+(?:ST|ND|RD|TH|S)\.?$")             # "13TH", "1920S"
_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")         # regnal numbers


@lru_cache(maxsize=1)
def _iso3() -> frozenset[str]:
    """ISO 3166 alpha-3 codes of current countries."""
    import pycountry
    return frozenset(c.alpha_3 for c in pycountry.countries)


@lru_cache(maxsize=1)
def _historic_iso3() -> frozenset[str]:
    """ISO 3166-3 codes of former countries (SUN, YUG, CSK, DDR, RHO...)."""
    import pycountry
    return frozenset(c.alpha_3 for c in pycountry.historic_countries)


# ---- codes ------------------------------------------------------------------------------
@dataclass(frozen=True)
class CameoCode:
    """One code of an entry with its date restriction; start/end are ISO dates or None."""
    code: str
    start: str | None = None
    end: str | None = None
    written: str = ""          # the restriction as written ("", ">090120", "2004017-20061201")
    readable: bool = True      # False when the restriction could not be read as dates

    @property
    def null(self) -> bool:
        return bool(_NULL_CODE.match(self.code))

    def __str__(self) -> str:
        if not self.written:
            return self.code
        if not self.readable:
            return f"{self.code} {self.written}"
        return f"{self.code} {self.start or '..'}/{self.end or '..'}"

    def rank(self, index: int) -> tuple:
        """Sort key: the largest is the code in force now."""
        if not self.readable:
            return (0, index)
        if self.start is None and self.end is None:
            return (2, index)
        if self.end is None:
            return (3, self.start, index)
        return (1, self.end, self.start or "", index)


def _phoenix_date(text: str) -> str:
    """ "090120" -> "2009-01-20", "19610804" -> "1961-08-04"; ValueError otherwise."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(text)
    if len(text) == 8:
        year = int(text[:4])
    else:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
    return date(year, int(text[-4:-2]), int(text[-2:])).isoformat()


def _parse_code(block: str, where: str, notes: list[str]) -> CameoCode:
    parts = block.split(None, 1)
    if not parts:
        raise DictionaryError(f"{where}: empty code block '[]'")
    code = parts[0].upper()
    if not _CODE_TOKEN.match(code):
        raise DictionaryError(f"{where}: code {parts[0]!r} has characters a CAMEO code cannot have")
    written = "".join(parts[1].split()) if len(parts) > 1 else ""
    if not written:
        return CameoCode(code)
    try:
        if written[0] in "<>":
            day = _phoenix_date(written[1:])
            start, end = (None, day) if written[0] == "<" else (day, None)
        elif "-" in written:
            first, _, last = written.partition("-")
            start, end = _phoenix_date(first), _phoenix_date(last)
            if end < start:
                raise ValueError(written)
        else:
            raise ValueError(written)
    except ValueError:
        notes.append(f"{where}: date restriction {written!r} of {code} not readable; kept as written")
        return CameoCode(code, written=written, readable=False)
    return CameoCode(code, start, end, written)


def current_code(codes: list[CameoCode]) -> CameoCode | None:
    """The code in force now: see the module docstring. None when every code is null."""
    real = [(c.rank(i), c) for i, c in enumerate(codes) if not c.null]
    return max(real, key=lambda pair: pair[0])[1] if real else None


def _segments(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


# ---- parsing ----------------------------------------------------------------------------
@dataclass
class _Entry:
    name: str                       # as written, underscores kept
    line: int
    note: str = ""                  # the comment on the name's line
    synonyms: list[str] = field(default_factory=list)
    codes: list[CameoCode] = field(default_factory=list)


def _strip_comments(lines: list[str], where: str) -> list[tuple[int, str, str]]:
    """(line number, content, comment) for every line with content, comments removed.

    "#" starts a comment to the end of the line (anywhere, as PETRARCH 2 reads it);
    "<!-- ... -->" is a comment on one line or across several; a line starting "<!" with
    no "--" is a one-line comment.
    """
    out = []
    opened: int | None = None
    for number, raw in enumerate(lines, 1):
        line, comment = raw, ""
        if opened is not None:
            if "-->" not in line:
                continue
            line, opened = line.split("-->", 1)[1], None
        while True:
            hash_at, xml_at = line.find("#"), line.find("<!")
            if hash_at >= 0 and (xml_at < 0 or hash_at < xml_at):
                line, comment = line[:hash_at], line[hash_at + 1:].strip()
                break
            if xml_at < 0:
                break
            head, rest = line[:xml_at], line[xml_at + 2:]
            if "-->" in rest:
                line = head + " " + rest.split("-->", 1)[1]
            elif not head.strip() and not rest.startswith("--"):
                line = ""
            else:
                line, opened = head, number
                break
        line = _CONTROL.sub("", line).rstrip()
        if line.strip():
            out.append((number, line, comment))
    if opened is not None:
        raise DictionaryError(f"{where}:{opened}: '<!--' comment is never closed")
    return out


def _split_codes(text: str, where: str, notes: list[str]) -> tuple[str, list[CameoCode]]:
    """A line's text before its first '[' and the code blocks after it.

    A '[' never closed (or a second '[' inside a code) is an error; a stray ']' in a name
    ("+FAEROYENE]_") and text after the codes (a comment missing its '#', as in
    "[MNCMED]\tNewspapers/Magazines") are dropped with a note.
    """
    head, bracket, tail = text.partition("[")
    if "]" in head:
        notes.append(f"{where}: stray ']' in {head.strip()!r} dropped")
        head = head.replace("]", "")
    if not bracket:
        return head, []
    tail = "[" + tail
    codes = [_parse_code(m.group(1), where, notes) for m in _CODE_BLOCK.finditer(tail)]
    rest = _CODE_BLOCK.sub(" ", tail)
    if "[" in rest:
        raise DictionaryError(f"{where}: '[' is never closed in {text.strip()!r}")
    if rest.strip():
        notes.append(f"{where}: text {rest.strip()!r} after the code ignored")
    return head, codes


def _parse_entries(text: str, where: str, notes: list[str]) -> list[_Entry]:
    entries: list[_Entry] = []
    current: _Entry | None = None
    waiting: list[_Entry] = []      # primaries with no code yet: they share the next codes

    def close(entry: _Entry | None) -> None:
        if entry is None:
            return
        if not entry.codes:
            waiting.append(entry)
            return
        for other in waiting:
            other.codes = list(entry.codes)
        waiting.clear()

    for number, line, comment in _strip_comments(text.splitlines(), where):
        at = f"{where}:{number}"
        body = line.strip()
        if body.startswith("---STOP---"):
            break
        if _SUBSTITUTION_SET.match(body):
            notes.append(f"{at}: substitution set (agents syntax) skipped")
            continue
        if _LABEL.match(body):
            notes.append(f"{at}: note {body!r} (not a name) skipped")
            continue
        if "{" in body or "}" in body:
            notes.append(f"{at}: '{{...}}' (agents syntax) ignored")
            body = _BRACES.sub(" ", body).replace("{", " ").replace("}", " ")
        if body.startswith("["):
            if current is None:
                raise DictionaryError(f"{at}: code {body!r} before any actor name")
            current.codes.extend(_split_codes(body, at, notes)[1])
        elif body.startswith("+"):
            if current is None:
                raise DictionaryError(f"{at}: synonym {body!r} before any actor name")
            names, codes = _split_codes(body, at, notes)
            current.codes.extend(codes)
            # "+A_+_B" is two synonyms run together on one line.
            found = [s.strip() for s in names.split("+") if s.strip(" _\t")]
            if not found:
                notes.append(f"{at}: empty synonym skipped")
            current.synonyms.extend(found)
        else:
            name, codes = _split_codes(body, at, notes)
            if not name.strip(" _\t"):
                raise DictionaryError(f"{at}: actor entry {body!r} has no name")
            close(current)
            current = _Entry(name.strip(), number, comment, codes=codes)
            entries.append(current)
    close(current)
    for entry in waiting:
        notes.append(f"{where}:{entry.line}: {entry.name!r} has no code to the end of the file; skipped")
    return [e for e in entries if e.codes]


# ---- names ------------------------------------------------------------------------------
def _words(name: str) -> list[str]:
    return name.replace("_", " ").split()


def _capitalise(part: str) -> str:
    """ "MOON" -> "Moon", "O'BRIEN" -> "O'Brien", "APO'S" -> "Apo's", "MCCLOY" -> "McCloy"."""
    if not part:
        return part
    if "'" in part:
        head, _, tail = part.partition("'")
        if len(head) == 1:
            return head.upper() + "'" + _capitalise(tail)
        return _capitalise(head) + "'" + tail.lower()
    if len(part) > 3 and part[:2] == "MC" and part[2].isalpha():
        return "Mc" + part[2] + part[3:].lower()
    return part[0] + part[1:].lower()


def _is_acronym(part: str, acronyms: frozenset[str], last_of_person: bool) -> bool:
    """Whether one word or compound part (upper case, no punctuation around) stays upper."""
    if not part.isalpha():
        if "." in part:
            return bool(_INITIALS.match(part))                                  # "U.N."
        return bool(_DIGITS_AND_LETTERS.match(part)) and not _ORDINAL.match(part)  # "G77", "MI5"
    if part in NOT_ACRONYMS or part in PARTICLES:
        return False
    if part.isascii() and len(part) >= 2 and not (set(part) & _VOWELS):
        return not last_of_person                                               # "PKK", "MSF"
    return not last_of_person and part in acronyms


def _case_part(part: str) -> str:
    """A part that is not an acronym: "MOON" -> "Moon", "13TH" -> "13th", "INC." -> "Inc."."""
    if _ORDINAL.match(part):
        return part.lower()
    return _capitalise(part)


def _case_word(word: str, first: bool, last: bool, acronyms: frozenset[str], person: bool) -> str:
    """One space-separated word; compounds ("KI-MOON", "BANK/GAZA", "OMEGA-7") part by part."""
    lead = len(word) - len(word.lstrip("(\"'[«"))
    trail = len(word) - len(word.rstrip(")\"',;:[]»"))
    core = word[lead:len(word) - trail]
    if not core:
        return word
    head, tail = word[:lead], word[len(word) - trail:]
    if _INITIALS.match(core) or ("&" in core and all(len(p) <= 3 for p in core.split("&"))):
        return head + core + tail                                       # "U.S.", "AT&T"
    if not first and core in PARTICLES:
        return head + core.lower() + tail
    if not first and len(core) > 2 and core[1] == "'" and core[0] in "DL":
        return head + core[0].lower() + "'" + _case_part(core[2:]) + tail    # "Cote d'Ivoire"
    if last and not first and _ROMAN.match(core) and core != "XI":
        return head + core + tail                                       # "Elizabeth II"
    parts = re.split(r"([-/&])", core)
    pieces = parts[::2]
    out = []
    for j, part in enumerate(pieces):
        final = j == len(pieces) - 1
        if not part:
            out.append(part)
        elif _is_acronym(part, acronyms, person and last and final):
            out.append(part)
        elif (j > 0 or not first) and not final and part in COMPOUND_PARTICLES:
            out.append(part.lower())                                    # "Lashkar-e-Taiba"
        else:
            out.append(_case_part(part))
        if not final:
            out.append(parts[2 * j + 1])
    return head + "".join(out) + tail


def natural_case(name: str, acronyms: frozenset[str] = frozenset(), person: bool = False) -> str:
    """ "SECRETARY-GENERAL_BAN_KI-MOON" -> "Secretary-General Ban Ki-Moon"; see the docstring."""
    words = _words(name.upper())
    return " ".join(_case_word(w, i == 0, i == len(words) - 1, acronyms, person)
                    for i, w in enumerate(words))


def _initials_match(acronym: str, words: list[str]) -> bool:
    """ "LTTE" and LIBERATION TIGERS OF TAMIL EELAM: the letters are word initials, in order."""
    initials = [w[0] for w in re.split(r"[\s\-/]+", " ".join(words)) if w and w[0].isalpha()]
    if len(acronym) < 2 or not initials or acronym[0] != initials[0]:
        return False
    letters = iter(initials)
    return all(ch in letters for ch in acronym)


def _split_parenthetical(name: str) -> tuple[str, list[str]]:
    """ "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_" -> ("ADEN ABYAN ISLAMIC ARMY", ["AAIA"]): the name
    without its parentheses, and those that are the acronym of the name before them."""
    text = " ".join(_words(name))
    if "(" not in text:
        return text, []
    bare = " ".join(_PARENTHETICAL.sub(" ", text).split())
    inner = [m.group(1).strip().upper() for m in _PARENTHETICAL.finditer(text)]
    words = bare.upper().split()
    return (bare or text), [i for i in inner if i.isalpha() and _initials_match(i, words)]


# ---- types ------------------------------------------------------------------------------
def _head_noun(name: str) -> str:
    """The head word of a name: before its first "of", else its last word."""
    words = _words(name.upper().replace(",", " "))
    if "OF" in words[1:]:
        words = words[:words.index("OF", 1)]
    return words[-1] if words else ""


def _is_person(entry: _Entry, real: list[CameoCode]) -> bool:
    """Dated codes (tenures), an ELI role or a person-list comment, unless the name's head
    word names a body ("Sudan People's Liberation Movement", "Politburo of ...")."""
    person = (any(c.written for c in real)
              or any("ELI" in _segments(c.code) for c in real)
              or any(marker in entry.note.lower() for marker in PERSON_LISTS))
    return person and _head_noun(_split_parenthetical(entry.name)[0]) not in ORG_HEADS


def _place_segment(segment: str) -> bool:
    """A country (ISO 3166, current or historic) or a code CAMEO uses as a place."""
    if segment in _iso3() or segment in _historic_iso3():
        return True
    return (len(segment) == 3 and segment.isalpha() and segment not in ROLE_SECTORS
            and segment not in RELIGIONS and segment not in IGO_IDS)


def _place_code(code: str) -> bool:
    """[USA], [USR], [AFR], or a country plus one of its territories ([GBRVGB], [USAGUM])."""
    if len(code) == 3:
        return _place_segment(code)
    segments = _segments(code)
    return len(code) % 3 == 0 and all(s in _iso3() or s in _historic_iso3() for s in segments)


def _classify(entry: _Entry, cameo: CameoCode, real: list[CameoCode],
              armed_file: bool) -> tuple[str, str | None]:
    """(type, sector) of an entry; see the module docstring for the rules."""
    if armed_file:
        return ("person", "militant") if _is_person(entry, real) else ("armed_group", "militant")
    if all(_place_code(c.code) for c in real):
        if all(c.code in REGIONS for c in real):
            return "location", None
        return "state", "state"
    segments = _segments(cameo.code)
    first = segments[0]
    roles = segments if first in ROLE_SECTORS else segments[1:]
    sector = next((ROLE_SECTORS[s] for s in roles if s in ROLE_SECTORS), None)
    if sector is None and any(s in RELIGIONS for s in roles):
        sector = "religious"
    if _is_person(entry, real):
        return "person", sector
    if first == "IGO" or first in IGO_IDS:
        return "organization", sector or "igo"
    statelike = first in _iso3() or (first not in ROLE_SECTORS and first not in REGIONS)
    group_id = any(s not in ROLE_SECTORS and s not in RELIGIONS and s not in _iso3()
                   and s not in REGIONS for s in roles)
    if first == "IMG" or set(roles) & ARMED_ROLES:
        return "armed_group", sector
    if segments[-1] == "MED":
        return "media", sector
    if first in SECTORS_FIRST:
        return "organization", sector
    if "MIL" in roles and (not statelike or group_id):
        return "armed_group", sector
    if segments[-1] in POPULATION_ROLES and statelike:
        return "population", sector
    return "organization", sector


# ---- loading ----------------------------------------------------------------------------
@dataclass
class PhoenixActors:
    """What one actor file gave: the actors and every note of what was skipped or kept as is."""
    actors: list[Actor]
    notes: list[str] = field(default_factory=list)
    skipped_entries: int = 0


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError as exc:
        raise DictionaryError(f"{path}: cannot read Phoenix dictionary: {exc}") from exc


def _entry_forms(entry: _Entry, acronyms: frozenset[str], person: bool) -> dict[str, str]:
    """Surface forms: the primary name as written and without its parentheses ("name"),
    acronyms in those parentheses and every synonym ("alias")."""
    forms: dict[str, str] = {}
    for i, written in enumerate([entry.name, *entry.synonyms]):
        role = "name" if i == 0 else "alias"
        bare, inner = _split_parenthetical(written)
        texts = [(written, role)] if bare == written else [(written, role), (bare, role)]
        for text, text_role in (*texts, *((a, "alias") for a in inner)):
            form = natural_case(text, acronyms, person)
            if form:
                forms.setdefault(form, text_role)
    return forms


def _initials(written: str) -> set[str]:
    """Initials of a name of 2+ words, with and without its connecting words."""
    words = [w for w in re.split(r"[\s\-/]+", _split_parenthetical(written)[0].upper()) if w[:1].isalpha()]
    if len(words) < 2:
        return set()
    return {"".join(w[0] for w in words), "".join(w[0] for w in words if w not in PARTICLES)}


def _unpronounceable(word: str) -> bool:
    """ "FDLR", "DPKO", "EZLN": three consonants in a row, or an English-impossible start or end."""
    if re.search(r"[^AEIOUY]{3}", word):
        return True
    start = re.match(r"^[^AEIOUY]{2}", word)
    end = re.search(r"[^AEIOUY]{2}$", word)
    return bool(start and start.group() not in ONSETS) or bool(end and end.group() not in CODAS)


def _vouched_acronyms(typed: list[tuple[_Entry, CameoCode, str, str | None]]) -> frozenset[str]:
    """Acronyms this file vouches for: KNOWN_ACRONYMS, acronyms in parentheses after a name,
    and organisations or armed groups named by one word of 2-4 letters ("IAEA_") when some
    name in the file has those initials or the word cannot be an English word ("FDLR")."""
    vouched = set(KNOWN_ACRONYMS)
    initials: set[str] = set()
    alone: set[str] = set()
    for entry, _cameo, kind, _sector in typed:
        for written in [entry.name, *entry.synonyms]:
            bare, inner = _split_parenthetical(written)
            vouched.update(inner)
            initials |= _initials(written)
            word = bare.upper()
            if kind not in ("person", "state", "location") and 2 <= len(word) <= 4 and word.isalpha():
                alone.add(word)
    vouched |= {w for w in alone if w in initials or (w.isascii() and _unpronounceable(w))}
    return frozenset(vouched - PARTICLES - NOT_ACRONYMS)


def read_phoenix_actors(path: str | Path) -> PhoenixActors:
    """Actors from a Phoenix/PETRARCH `.actors.txt` file, with notes on what was skipped."""
    path = Path(path)
    where = str(path)
    notes: list[str] = []
    entries = _parse_entries(_read_text(path), where, notes)
    armed_file = "milnonstate" in path.name.lower()

    typed = []
    skipped = 0
    for entry in entries:
        cameo = current_code(entry.codes)
        if cameo is None:               # only null codes: a phrase PETRARCH must not code
            skipped += 1
            continue
        real = [c for c in entry.codes if not c.null]
        typed.append((entry, cameo, *_classify(entry, cameo, real, armed_file)))
    acronyms = _vouched_acronyms(typed)

    actors: dict[str, Actor] = {}
    codes_of: dict[str, list[CameoCode]] = {}
    for entry, cameo, kind, sector in typed:
        forms = _entry_forms(entry, acronyms, kind == "person")
        name = next(iter(forms))            # the primary name, as written
        actor_id = "phoenix:" + (slugify(name) or f"{cameo.code.lower()}-line-{entry.line}")
        known = actors.get(actor_id)
        if known is None:
            codes_of[actor_id] = list(entry.codes)
            actors[actor_id] = Actor(id=actor_id, name=name, type=kind, forms=forms,
                                     country=_country(cameo), codes=_codes_dict(entry.codes, cameo),
                                     sector=sector, source=where)
            continue
        # The same name twice in one file: one actor with the forms and codes of both.
        for form, role in forms.items():
            known.forms.setdefault(form, role)
        codes = codes_of[actor_id]
        codes.extend(c for c in entry.codes if c not in codes)
        merged = current_code(codes) or cameo
        known.codes = _codes_dict(codes, merged)
        known.country = _country(merged)
    return PhoenixActors(list(actors.values()), notes, skipped)


def _country(code: CameoCode) -> str | None:
    """The code's first segment when it is a country; for NGO/MNC codes ("MNCUSA",
    "NGOCANEDU") the segment after the sector, the country the body is based in."""
    segments = _segments(code.code)
    if segments[0] in _iso3():
        return segments[0]
    if segments[0] in ("NGO", "NGM", "MNC") and len(segments) > 1 and segments[1] in _iso3() \
            and segments[1] not in RELIGIONS:
        return segments[1]
    return None


def _codes_dict(codes: list[CameoCode], cameo: CameoCode) -> dict:
    # cameo_all is a list: the one non-string value in Actor.codes (the contract allows it).
    return {"cameo": cameo.code, "cameo_all": [str(c) for c in codes]}


def load_phoenix_actors(path: str | Path) -> list[Actor]:
    """Actors from a Phoenix/PETRARCH `.actors.txt` file (see the module docstring)."""
    result = read_phoenix_actors(path)
    if result.notes or result.skipped_entries:
        log.warning("%s: %d line(s) skipped or kept as written, %d entr(y/ies) with only null "
                    "codes left out; first: %s", path, len(result.notes), result.skipped_entries,
                    result.notes[0] if result.notes else "-")
    return result.actors


# ---- agents -----------------------------------------------------------------------------
def _plural_word(word: str) -> str:
    """Regular English plural: "ARMY" -> "ARMIES", "BOSS" -> "BOSSES", "DAY" -> "DAYS"."""
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    if word.endswith(("S", "X", "Z", "CH", "SH")):
        return word + "ES"
    return word + "S"


def _plural(noun: str) -> str:
    """The plural of an agent phrase: of its last word, or of the word before "OF"
    ("MINISTER_OF_DEFENSE" -> "MINISTERS_OF_DEFENSE"; PETRARCH pluralises the last word)."""
    words = noun.upper().replace("_", " ").split()
    at = words.index("OF", 1) - 1 if "OF" in words[1:] else len(words) - 1
    words[at] = _plural_word(words[at])
    return " ".join(words)


def _agent_key(noun: str) -> str:
    return " ".join(noun.replace("_", " ").split()).lower()


def load_phoenix_agents(path: str | Path) -> dict[str, str]:
    """Agent nouns -> CAMEO role code: {"police": "COP", "policemen": "COP", "rebels": "REB"}.

    Keys are lower case with single spaces; "~" (code after or before the actor's) is
    dropped. Plurals: "{X}" gives X, "{}" none, otherwise the regular plural is made;
    substitution sets expand without plurals. A noun listed twice keeps its first code;
    an explicit entry wins over a generated plural.
    """
    path = Path(path)
    where = str(path)
    notes: list[str] = []
    sets: dict[str, list[str]] = {}
    explicit: dict[str, str] = {}
    plurals: dict[str, str] = {}
    for number, line, _comment in _strip_comments(_read_text(path).splitlines(), where):
        at = f"{where}:{number}"
        body = line.strip()
        marker = _SUBSTITUTION_SET.match(body)
        if marker:
            sets[marker.group(1)] = [w.strip() for w in marker.group(2).split(",") if w.strip()]
            continue
        head, bracket, tail = body.partition("[")
        if not bracket:
            notes.append(f"{at}: agent {body!r} has no code; skipped")
            continue
        code_text, closing, rest = tail.partition("]")
        if not closing and "}" in tail:             # "[~ENV}" in Phoenix.agents.txt
            code_text, closing, rest = tail.partition("}")
            notes.append(f"{at}: code closed by '}}' in {body!r}; read as ']'")
        if not closing or "[" in code_text:
            raise DictionaryError(f"{at}: agent code is never closed in {body!r}")
        if rest.strip():
            notes.append(f"{at}: text {rest.strip()!r} after the code ignored")
        code = code_text.strip().strip("~").strip()
        if not code or not _CODE_TOKEN.match(code):
            raise DictionaryError(f"{at}: agent code {code_text.strip()!r} is not a CAMEO code")
        noun = head.strip()
        plural_forms: list[str] | None = None
        if "{" in noun or "}" in noun:
            braces = re.fullmatch(r"([^{}]*)\{([^{}]*)\}\s*", noun)
            if not braces:
                raise DictionaryError(f"{at}: unbalanced '{{' or '}}' in {body!r}")
            noun, plural = braces.group(1).strip(), braces.group(2).strip()
            plural_forms = [plural] if plural else []
        if "!" in noun:
            found = re.search(r"!([^!\s]+)!", noun)
            if not found or found.group(1) not in sets:
                notes.append(f"{at}: substitution marker in {noun!r} not defined; skipped")
                continue
            nouns = [noun.replace(found.group(0), s, 1) for s in sets[found.group(1)]]
            plural_forms = []
        else:
            nouns = [noun]
        for each in nouns:
            key = _agent_key(each)
            if not key:
                raise DictionaryError(f"{at}: agent entry {body!r} has no noun")
            explicit.setdefault(key, code)
            for plural in (plural_forms if plural_forms is not None else [_plural(each)]):
                plurals.setdefault(_agent_key(plural), code)
    if notes:
        log.warning("%s: %d agent line(s) skipped; first: %s", where, len(notes), notes[0])
    return {**explicit, **{k: v for k, v in plurals.items() if k not in explicit}}


# ---- detection --------------------------------------------------------------------------
_PHOENIX_LINE = re.compile(r"^(?:\S[^\[\]]*?\s*)?\[\s*[A-Za-z0-9/+\-#]+\s*"
                           r"(?:[<>]?\s*\d{6,8}(?:\s*-\s*\d{6,8})?)?\s*\]")


def looks_like_phoenix(text: str, sample: int = 200) -> bool:
    """True when the first `sample` lines with content read as a Phoenix actor dictionary:
    a name or tab followed by a CAMEO code block ("HAMAS [PSEREBHMS]", "\\t[AFGGOV >090120]"),
    and no agent codes ("[~COP]")."""
    seen = 0
    hits = 0
    for line in text.splitlines():
        body = line.split("#", 1)[0].rstrip()
        if not body.strip() or body.lstrip().startswith("<!"):
            continue
        seen += 1
        if "~" in body:
            return False
        if _PHOENIX_LINE.match(body.strip()):
            hits += 1
        if seen >= sample:
            break
    return hits > 0 and hits * 10 >= seen
