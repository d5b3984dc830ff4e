"""Word lists the person, speaker and quote rules share.

Kept apart from the rules so that a reader can see, and a test can check, what counts as
an honorific, a position, a reporting verb or an organization word. All lookups are on
lower-cased words with any final period removed (`sen.` -> `sen`).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# Honorifics and ranks written before a name: they are a person's `title`.
# `Col. Wayne Marotto`, `Brig. Gen. Osman Mohammed Mustafa`, `Sen. Byron Dorgan`, `Dr. Smith`
TITLE_WORDS = frozenset("""
mr mrs ms miss mx dr prof professor sen sens senator senators rep reps representative representatives congressman
congresswoman congressmen congresswomen gov governor lt col gen brig maj capt cpt sgt adm cmdr cdr lieut
colonel general brigadier major captain sergeant admiral commander lieutenant ensign corporal cpl pvt private
sir dame lord lady hon honorable honourable rev reverend father fr sister brother sheikh sheik imam rabbi pastor bishop
cardinal pope his her excellency h.e he amb ambassador del delegate assemblyman assemblywoman assemblymember
councilman councilwoman councilmember councilmembers alderman supervisor dean judge justice mayor
""".split())

# Honorifics that are a title even alone (they never name a position): `Mr. O'Brien`
HONORIFICS = frozenset("mr mrs ms miss mx dr prof professor sir dame rev reverend hon honorable".split())

# Words that name a position. Before a name they are a role (`CIFD General Manager Abigail R.
# Marquez`); a name never starts with one of them.
ROLE_WORDS = frozenset("""
president vice chief executive officer ceo cfo coo cto cmo cio ciso cso evp svp vp chairman chairwoman chair chairperson
co-chair cochair director directors manager managing secretary minister ministers deputy assistant acting attorney attorneys
general inspector commissioner commissioners administrator superintendent sheriff chancellor provost treasurer
comptroller controller auditor clerk speaker leader whip member members founder co-founder cofounder owner co-owner partner
principal head lead spokesperson spokesman spokeswoman spokespeople agent special charge counsel solicitor prosecutor
u.s attorney-general secretary-general director-general premier ambassador envoy consul governor-general
trustee trustees fellow analyst economist editor publisher producer author founder chairman-elect president-elect
coordinator officer officers engineer scientist researcher physician surgeon nurse coach captain pilot
chancellor regent rector warden marshal constable detective investigator examiner registrar archivist
councillor council board emeritus senior junior associate adjunct visiting distinguished interim incoming outgoing former
pro tempore commandant designer
vice-president vice-chair vice-chairman vice-chairwoman vice-chancellor vice-premier vice-minister under-secretary
commander-in-chief lieutenant-governor high-representative
crown prince princess
""".split())

# Lower-case words that make an appositive a role: `Jim Schneiderman, executive vice president, ...`
ROLE_NOUNS = frozenset("""
president officer director manager chairman chairwoman chair chairperson ceo cfo coo cto founder co-founder cofounder owner
co-owner partner head chief spokesperson spokesman spokeswoman secretary minister attorney inspector commissioner
administrator member senator representative congressman congresswoman governor mayor professor author sociologist
economist analyst researcher scientist engineer lead leader coordinator specialist consultant advisor adviser counsel agent
superintendent principal dean chancellor treasurer judge justice editor writer producer artist designer architect
physician doctor nurse surgeon student resident veteran volunteer expert strategist historian attorney-general
councilmember councilman councilwoman delegate ambassador commander spokesperson executive vp evp svp cmo cio
vice-president vice-chair vice-chairman vice-chairwoman secretary-general director-general commander-in-chief
chairperson trustee fellow lecturer teacher pastor bishop sheriff officer investigator prosecutor clerk
commissioner coach player athlete farmer rancher entrepreneur inventor physicist chemist biologist psychologist
psychiatrist therapist pharmacist dentist veterinarian lawyer journalist reporter columnist host anchor broadcaster
""".split())

# Words that make a capitalised run an organization, a place, an event or a work, never a
# person: `Virginia Passenger Rail Authority`, `Grand Forks Air Force Base`.
NON_PERSON_WORDS = frozenset("""
inc incorporated corp corporation co company companies llc l.l.c ltd limited llp lp plc gmbh ag sa nv bv pty
group holdings partners association associations society institute institutes university universities college colleges
school schools academy foundation fund trust bank banks department departments ministry ministries office offices agency
agencies administration commission committee committees council councils board bureau service services authority
coalition alliance federation union league network center centre centers hospital clinic laboratory laboratories labs
systems technologies technology solutions energy industries international global capital ventures media news press
communications health healthcare pharmaceuticals therapeutics biosciences sciences party army navy force forces corps
guard police court courts congress senate house parliament government club team church museum library project program
programme programs initiative act acts bill law code award awards prize report summit conference forum festival week
fest cinema cinemas
street avenue road county city river lake mountain mountains valley island islands square
airport station building memorial highway boulevard drive plaza tower hotel resort spa stadium arena harbor port
creek falls springs heights canyon state states republic kingdom province region district township village
town base camp fort reservation nation nations tribe tribes
northern southern eastern western central
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
day month year years series cup championship games olympics
online app apps software platform platforms cloud data ai digital solutions products product brand brands
coalition division unit units command regiment brigade battalion squadron fleet
america american americans african asian european canadian mexican chinese indian british french german
republican republicans democrat democrats democratic independent
street st ave blvd rd suite
hearing hearings resolution amendment amendments budget appropriations convention conventions treaty accord accords
protocol charter doctrine qaeda qaida taliban hezbollah hamas community communities
parish system zoo market markets show shows breakfast lunch dinner gala tour expo fair gallery theater theatre studio studios
restaurant cafe grill store stores shop shops mall farm farms ranch winery brewery vineyard vineyards estate estates
apartments homes realty properties motors auto automotive airlines airways logistics consulting marketing design designs
films pictures records music entertainment sports athletics fitness wellness dental medical pharmacy legal insurance
financial finance investments investors wealth advisors advisers ministries chapel collection foods beverages brands
construction firm practitioners cars phone contributor sponsor sponsors supporters intelligence marriott hilton hyatt
centre riverland chargers business businesses entrepreneurship agreement agreements safety
magazine journal times post tribune herald gazette daily weekly radio tv television network channel
cathedral mosque synagogue
delegation caucus review reviews securities analytics
día dia sound
""".split())

# Place words that are also surnames (`Mike Hall`, `Jay Park`): a run ending in one is a place
# unless it opens with a known given name (`Carnegie Hall`, `Central Park`).
SURNAME_PLACES = frozenset("north south east west hall park lane beach church temple bridge bridges house forest court hill hills field fields bay wood woods ford brook banks king".split())

# US states and a few countries: a capitalised run holding one is a place, not a person
PLACE_WORDS = frozenset("""
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa
kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia
washington wisconsin wyoming puerto rico guam
iraq iran syria israel afghanistan pakistan india china japan korea russia ukraine canada germany france britain
england scotland wales ireland italy spain kurdistan turkey egypt
""".split())

# Capitalised words that open a sentence or a phrase but never a name: `Today U.S. Senator ...`
LEADING_NON_NAMES = frozenset("""
the this that these those a an in on at for from with by as after before during when while today yesterday tomorrow
tonight last next also but and or if since under over through according although meanwhile however additionally
dear thanks thank contact contacts media press our their his her its my your we they he she it i there here
both each every all some many most several other another such new former late current then now
following prior upon via per including among between without within across along
governor-elect senator-elect please note kindly just only click visit call join learn read see find watch
one two three four five six seven eight nine ten says copyright defendant defendants co-defendant co-defendants
""".split())

# Verbs that report speech. `said` and friends in every tense a release uses.
REPORTING_VERBS = frozenset("""
said says say saying added adds add stated states state noted notes note announced announces explained explains
stressed stresses emphasized emphasizes emphasised emphasises commented comments remarked remarks continued continues
concluded concludes declared declares asserted asserts argued argues warned warns told tells insisted insists
observed observes acknowledged acknowledges affirmed affirms reaffirmed reaffirms confirmed confirms reported reports
indicated indicates alleged alleges claimed claims pointed mentioned mentions recalled recalls reiterated reiterates
underlined underlines underscored underscores highlighted highlights cautioned cautions predicted predicts
wrote writes testified testifies revealed reveals admitted admits conceded concedes maintained maintains contended
contends suggested suggests believes believed urged urges assured assures reminded reminds informed informs
explained shared shares expressed expresses praised praises welcomed welcomes lamented laments agreed agrees
elaborated elaborates quipped joked replied replies responded responds answered answers asked asks posted tweeted
exclaimed summarized summarised opined reflected reflects echoed echoes
confesses confessed implores implored advises advised
""".split())

# Pronouns that can be a speaker, resolved to the most recent fitting person or body
PERSON_PRONOUNS = frozenset({"he", "she"})
GROUP_PRONOUNS = frozenset({"it", "they"})

# Common nouns that stand for a person already named: `"...," the senator said.`
ROLE_REFERENCES = frozenset("""
senator congressman congresswoman representative governor mayor minister secretary president chairman chairwoman chair
director spokesperson spokesman spokeswoman official officer ceo founder commissioner general colonel attorney judge
ambassador professor doctor chief leader lawmaker administrator manager executive commander
""".split())

# Common nouns that stand for an organization already named: `the company said`
ORG_REFERENCES = frozenset("""
company firm ministry department agency organization organisation association group coalition government council
committee commission office bank university foundation institute board team alliance network corporation administration
bureau authority union partnership
""".split())


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Given names shipped in `pressroom/data/first_names.txt` with their sex (m, f or u), read once."""
    try:
        text = resources.files("pressroom").joinpath("data/first_names.txt").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):  # pragma: no cover - a broken install
        return {}
    out = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, sex = line.partition("\t")
            out[name.strip()] = sex.strip() or "u"
    return out


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The known given names, lower case."""
    return frozenset(_given_names())


def sex_of(given: str) -> str:
    """'m', 'f' or 'u' (unknown or either) for a lower-case given name."""
    return _given_names().get(given, "u")


_KEYS: dict[str, str] = {}


def key(word: str) -> str:
    """The lookup form of a word: lower case, no final period or possessive (memoised: the
    same few thousand capitalised words come back in every release)."""
    k = _KEYS.get(word)
    if k is None:
        w = word.lower()
        if w.endswith(("'s", "’s")):
            w = w[:-2]
        k = w.rstrip(".,;:")
        if len(_KEYS) < 200_000:
            _KEYS[word] = k
    return k
