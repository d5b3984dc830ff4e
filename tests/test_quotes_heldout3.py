"""Quote attribution, third round of held-out issuers. Each test runs a rule on real text
from a release other than the one the rule was written for; the comment names the issuer."""

from __future__ import annotations

import time

from pressroom.extract import sentences
from pressroom.extract.quotes import extract_quotes


def quotes_of(*paragraphs: str, title: str | None = None) -> list[tuple[str, str, str]]:
    quotes, _ = extract_quotes(list(paragraphs), title, ())
    return [(q.kind, q.speaker, q.text[:30]) for q in quotes]


def _sentences(par: str) -> list[str]:
    edges = [0] + sentences.ends(par) + [len(par)]
    return [par[a:b].strip() for a, b in zip(edges, edges[1:]) if par[a:b].strip()]


def test_bros_del_sec_end_no_sentence():
    # written for citybiz (Mattel / Warner Bros.: `..., Warner Bros. Pictures, said: "..."` was cut at
    # `Bros.`, the speaker became 'Pictures'); run on senate/Hutchison/3Mar2005 (`Sec. Rumsfeld told
    # them ...`) and citybiz's State Roundup (2025-08, `Del. David Moon, majority leader in ...`)
    par = ("On February 8, Sen. Hutchison and Sen. Cornyn attended a meeting at the Pentagon with Secretary of "
           "Defense Donald Rumsfeld. Sec. Rumsfeld told them the adverse impact of the 2005 BRAC process on "
           "military bases would be significantly reduced.")
    assert _sentences(par)[1].startswith("Sec. Rumsfeld told them the adverse impact")
    par = ("As President Donald Trump pushes Texas and other states to redraw congressional district maps to "
           "benefit Republicans, a top Democrat in Maryland wants to push back. Del. David Moon, majority leader "
           "in the Maryland House of Delegates, says he's drafting legislation.")
    assert _sentences(par)[1].startswith("Del. David Moon, majority leader")
    # a company suffix still ends a sentence before a sentence opener
    assert len(_sentences("The firm bought Warner Bros. The deal closed today.")) == 2


def test_a_speaker_named_after_warner_bros_is_the_person():
    # the sentence shape of citybiz's Mattel release, on newsdirect's Kevel release (2025-02-11):
    # `As Martin Jensen, Founder and Chairman of the Board at Nexta, says, "..."`, its firm renamed
    got = quotes_of("Martin Jensen, Founder and Chairman of the Board at Warner Bros. Pictures, said: \"This merger is "
                    "more than just a strategic move, it is a bold step into the future.\"")
    assert got == [("direct", "Martin Jensen", "This merger is more than just ")]


def test_according_to_a_person_before_a_quote():
    # written for newsdirect (2025-04-02, `According to ADIA’s CEO, Larry Powalisz, “...”`); run on
    # senate/Cantwell/17Sep2004Cantwell246.txt
    got = quotes_of("According to Lewis County Commissioner Eric Johnson, \"Lewis County has nearly 475,000 acres of "
                    "federally owned land within its borders. Funding from PILT is vital.\"")
    assert got == [("direct", "Eric Johnson", "Lewis County has nearly 475,00")]
    # a document is no speaker
    got = quotes_of("According to the Times article, \"Army and Veterans Administration mental health "
                    "professionals are overwhelmed by the numbers.\"")
    assert not got


def test_a_quote_after_a_sentence_headed_by_a_person():
    # written for reportable (Sethera: `Brig. Gen. Lunt commended Sethera’s vision. “The ability ...”`);
    # run on senate/Craig/3Apr2008Craig19.txt (its witness list shortened to one made-up line)
    got = quotes_of(
        "Yale University President Richard C. Levin joined Senator Craig at the event.",
        "President Levin expressed Yale's support for all sources of clean energy, including nuclear. \"Nuclear "
        "plants are very efficient baseload electricity plants and they're completely green.\"")
    assert got == [("direct", "Richard C. Levin", "Nuclear plants are very effici")]
    # a deed is not a statement: senate/Dorgan/8Jul2004Dorgan445.txt, a letter's words after it
    got = quotes_of(
        "Senate Democratic Leader Tom Daschle (D-SD) submitted Adelstein's name for reappointment in February, "
        "2003. \"Absent re-nomination, he must leave the Commission at the end of the current session.\"")
    assert not got


def test_hostile_repeats_stay_linear():
    # 5,000 unattributed quotes, each after a sentence headed by a person; 5,000 `according to` lead-ins
    t = time.process_time()
    extract_quotes(["Sen. John Smith praised the bill. \"It is a fine bill for all of us.\" " * 5000], "T", ())
    extract_quotes(["According to Sen. John Smith, \"it is a fine bill for all of us.\" " * 5000], "T", ())
    assert time.process_time() - t < 2.0


def test_an_adverb_before_the_verb_is_no_part_of_the_subject():
    # written for evertiseaipr (2024-12-13: `He further stated that this partnership with V-GREEN will ...`);
    # run on senate/Murkowski/9Jul2004Murkowski372.txt and doj/release_04604.html (names kept, shortened)
    got = quotes_of("Sen. Lisa Murkowski (R-Alaska) questioned the new size standards at the hearing. She also noted "
                    "that the rules could well harm the chances for Alaska Native Corporations to win contracts.")
    assert got == [("indirect", "Lisa Murkowski", "the rules could well harm the ")]
    got = quotes_of("During this meeting, Dino Bouterse discussed initially hosting 30 to 60 Hezbollah members in "
                    "Suriname. He also indicated that he wanted a Hezbollah cell in Suriname to act as a personal "
                    "security force.")
    assert got == [("indirect", "Dino Bouterse", "he wanted a Hezbollah cell in ")]


def test_the_company_capitalised_is_the_company_that_spoke():
    # newmediawire (Yuenglings Ice Cream, 2025-05-12): `The Company also confirmed that ...` was a body
    # named 'Company'; written for newmediawire's ABVC release (`The Company emphasized that`)
    got = quotes_of(
        "Yuenglings Ice Cream Corporation (OTC: YCRM) today announced that it has filed amended articles of "
        "incorporation with the State of Nevada to formally change its corporate name to Frequency Holdings, Inc.",
        "The Company also confirmed that FINRA review for the name and symbol change is still in process.")
    assert [sp for _, sp, _ in got] == ["Yuenglings Ice Cream Corporation"] * 2
    # no body spoke before: nobody the rules can tell (was 'Company')
    got = quotes_of("The Company emphasized that the land recognition follows applicable accounting standards.")
    assert not got


def test_words_of_address_name_no_speaker():
    # written for senate/Reid/28Sep2006 (a letter: `Your Administration has said ...`); run on
    # senate/Carper/13Jan2005Carper6.txt, a letter to the NRC: `You have also confirmed that the operators ...`
    got = quotes_of("Regarding the October 10 steam leak, your preliminary assessment has confirmed that a control "
                    "valve malfunctioned. You also confirmed that the operators were aware of the failed valve "
                    "several weeks before the steam leak.")
    assert not got


def test_a_day_alone_names_no_speaker():
    # written for senate/Cornyn/6Jul2006Cornyn74.txt (`..., Sen. John Cornyn, chairman of ..., announced
    # Thursday.` gave a speaker 'Thursday'); run on senate/Cantwell/2Feb2007Cantwell261.txt
    got = quotes_of("Friday, after the president announced that he would once again attempt to raise Pacific "
                    "Northwest electricity rates, Sen. Maria Cantwell (D-WA) vowed to work with other members of the "
                    "region's Congressional delegation to defeat the ill-advised proposal.")
    assert [sp for _, sp, _ in got if sp in ("Friday", "Thursday")] == []


def test_as_she_puts_it():
    # written for keycrew (2026-04-27, `designed so that, as she puts it, “anyone can fall in place ...”`);
    # run on noticiasnewswire (GALFA Reel Talk, 2025-03-21)
    got = quotes_of(
        "“This first annual Reel Talk was a resounding success,” said Dr. José Marquez, PhD, CEO of GALFA.",
        "GALFA’s Reel Talk reinforced the importance of creating a blueprint for Latino and multicultural "
        "filmmakers to thrive in Georgia’s evolving industry. As Dr. Marquez put it, “Together, we are stronger.”")
    assert got[-1] == ("direct", "José Marquez", "Together, we are stronger.")


def test_an_inverted_attribution_with_a_position():
    # written for 24-7PressRelease (Walk San Francisco, 2025-09-17: `Says Jodie Medeiros, executive director
    # of Walk San Francisco, "..."`); run on keycrew's BAC release (2026-03-11), its attribution inverted
    got = quotes_of("Says Rachel Clark, Executive Director of the BAC, “Policy decisions are being made every day that "
                    "directly impact brokers and the families we serve.”")
    assert got == [("direct", "Rachel Clark", "Policy decisions are being mad")]


def test_a_signature_after_the_closing_mark():
    # written for pressservices (Cheqroom, 2026-06-24: `..." Jim Hite, CEO, Cheqroom`); run on newmediawire's
    # Pride Holdings release (2025-10-20), whose signature line is run into the quote's paragraph
    got = quotes_of("Pride Holdings Group announced a new acquisition program today.",
                    "\"We’re honored to carry forward its incredible legacy while giving it the resources to grow "
                    "and thrive.\" Mike Barrett, CEO, Pride Holdings Group")
    assert got == [("direct", "Mike Barrett", "We’re honored to carry forward")]


def test_a_statement_that_lost_its_marks_ends_at_its_attribution():
    # doj/release_01635.html lost its quote marks: `"A," said X. "B."` reads `A, said X. B.`. The
    # attributed statement is an indirect quote (gold README: a statement followed by `- X stated`
    # without marks); the sentence after it has neither marks nor a reporting verb, so nothing in the
    # text makes it X's: not a quote (the blind held-out set minigold2 annotated DOJ pages so; a rule
    # that took those sentences, 47fc05b, gave ~246 quotes in 128 corpus releases)
    got = quotes_of(
        "Every American, including those who are incarcerated, is protected by the U.S. Constitution, said Acting "
        "Assistant Attorney General Tom Wheeler of the Justice Departments Civil Rights Division. When officers who "
        "we expect to uphold those rights willfully violate them, and lie to cover it up, the Justice Department "
        "will vigorously enforce the laws prohibiting this misconduct.")
    assert [(k, sp, t) for k, sp, t in got] == [("indirect", "Tom Wheeler", "Every American, including thos")]
    # a lede's `announced` is followed by narrative (doj/release_04346.html, its next paragraph run on)
    got = quotes_of(
        "Two federal indictments were unsealed yesterday in the Southern District of Florida charging two Miami "
        "area tax return preparers, announced Acting Assistant Attorney General Caroline D. Ciraolo of the Justice "
        "Departments Tax Division. On April 14, Noe Mompoint, of Southwest Ranches, Florida, was charged with 14 "
        "counts of aiding and assisting in the preparation of false federal income tax returns.")
    assert len(got) == 1
    # with quote marks elsewhere in the release, the words after the attribution are narrative
    got = quotes_of("\"We are pleased,\" said Jane Doe.",
                    "The plan will cut costs for residents of the city, Mayor John Smith said. The city council "
                    "votes on the plan next week at its regular meeting.")
    assert [t for _, _, t in got][-1].startswith("The plan will cut costs")


def test_a_possessive_run_before_a_name_is_no_speaker():
    # written for pressservices (2025-02-26: `The Lifestyle Men's Clinic emphasizes that` gave 'Lifestyle Men');
    # run on senate/Feingold/25Sep2006Feingold325.txt, where `Sen. Specter's NSA bill` took the statement
    got = quotes_of(
        "Following the announcement from three Republican Senators today of an agreement they reached with the "
        "administration on wiretapping provisions of Sen. Specter's NSA bill, Sens. Russ Feingold (D-WI), Richard "
        "Durbin (D-IL) and Ken Salazar (D-CO) released the following statement:",
        "\"Democrats support wiretapping terrorists, and common sense reforms to the Foreign Intelligence "
        "Surveillance Act (FISA) deserve consideration.\"")
    assert got == [("direct", "Russ Feingold", "Democrats support wiretapping ")]


def test_an_adverb_of_habit_and_a_time_after_the_verb():
    # written for citybiz (Q&A with Michelle Perchuk: `," she often says.`) and senate/Lugar/4Feb2005
    # (`," Lugar said then.`); run on keycrew (2026-06-05, Mor Milo), `often` and `then` added
    got = quotes_of("Mor Milo, co-founder and CEO of Relli, works with both operators and investors across the platform.",
                    "“Most LPs are hesitant to do due diligence because it’s outside of their wheelhouse,” he often says.",
                    "“Have a checklist for every single deal that you look at,” Milo said then.")
    assert [sp for _, sp, _ in got] == ["Mor Milo", "Mor Milo"]


def test_a_name_and_position_in_parentheses_after_the_quote():
    # written for blockchainwire (Creta and Republic, 2024-02-07: `..." (Alex Ye, Republic Crypto Senior
    # Director).`); run on keycrew's HH Red Stone release (2025-12-19), its attribution set that way
    got = quotes_of("Student housing operators shift their focus to wellness and retention.",
                    "“Being very renewal-heavy this year has been really positive.” (Teddy Abdelmalek, Senior Vice "
                    "President at HH Red Stone). Operators are investing in wellness programs.")
    assert got == [("direct", "Teddy Abdelmalek", "Being very renewal-heavy this ")]
    # a company's ticker or defined name in parentheses signs nothing
    got = quotes_of("Acme announced a new product line. “We are proud of this launch and what it means.” "
                    "(NASDAQ: ACME). The line ships in May.")
    assert [sp for _, sp, _ in got if sp == "NASDAQ"] == []


def test_a_passive_verb_names_no_speaker():
    # written for senate/Cornyn/23May2007Cornyn385.txt (`New Jobs Report: On Friday, it was announced that
    # Texas posted ...` gave that heading as a speaker); run on senate/Dodd/28Jan2008Dodd115.txt
    got = quotes_of("Senator Chris Dodd (D-CT) issued the following statement today after it was announced that The "
                    "Jesus Christ of Latter-Day Saints Church President Gordon B. Hinckley died yesterday at the age "
                    "of 97 in Salt Lake City, UT.")
    assert not got


def test_bodies_named_with_and_are_one_body():
    # written for senate/Roberts/17May2005Roberts443.txt (`Kansas Department of Health and Environment`);
    # run on senate/Snowe/4Jan2008Snowe179.txt and doj/release_07249.html (shortened)
    got = quotes_of("According to the Maine Department of Health and Human Services, there are currently more than "
                    "1,500 people living with HIV in Maine.")
    assert got[0][1] == "Maine Department of Health and Human Services"
    got = quotes_of("Eight individuals face federal charges stemming from a joint U.S. Fish and Wildlife Service "
                    "investigation, the Department of Justice Environment and Natural Resources Division announced today.")
    assert got[0][1] == "Department of Justice Environment and Natural Resources Division"
    # a joint announcement is still the first body's (doj/release_11770.html)
    got = quotes_of("Three tax shelter promoters were convicted of conspiracy to defraud the United States by a federal "
                    "jury today, the Justice Department and Internal Revenue Service (IRS) announced.")
    assert got[0][1] == "Justice Department"


def test_a_conjunction_opening_a_body_is_no_part_of_its_name():
    # written for senate/Biden/18Dec2005Biden7.txt (`But The New York Times says that ...`, a transcript);
    # run on senate/Grassley/12Jul2007Grassley260.txt, its subject given a conjunction
    got = quotes_of("And The Washington Post reported that the institute spent more than $4 million on a lab it "
                    "never used.")
    assert got[0][1] == "Washington Post"


def test_a_word_named_thousands_of_times_stays_linear():
    # `_given_before` read the whole text again for every lone capitalised word of every subject: 1,000
    # repeats of this sentence took 3.6 s, 5,000 more than a minute
    t = time.process_time()
    extract_quotes(["The Department of Health and Human Services and Energy and Commerce said that it is fine for "
                    "all. " * 5000], "T", ())
    assert time.process_time() - t < 2.0


def test_the_company_before_any_body_spoke_is_the_company_heading_the_lede():
    # written for newmediawire (ABVC BioPharma, 2025-05-01: `The Company emphasized that ...`); run on ibn
    # (NanoViricides, 2025-07-14), shortened
    got = quotes_of("NanoViricides, Inc. (NYSE American: NNVC), a clinical-stage innovator in broad-spectrum antivirals, "
                    "announced near-finalization of its adaptive clinical trial protocol for MPox Clade Ia and Ib. "
                    "The company also noted that Clade 1b MPox remains a transmissible epidemic threat in Africa.")
    assert got == [("indirect", "NanoViricides", "Clade 1b MPox remains a transm")]
    # a lede headed by no company gives none
    got = quotes_of("Residents of the valley gathered on Monday to discuss the new water plan for the region. "
                    "The company also noted that the plan will cut costs for residents.")
    assert not got


def test_the_last_speaker_again_after_narrative_paragraphs():
    # written for senate/Johnson/10Aug2005Johnson93.txt; run on senate/Chafee/11Jul2006Chafee22.txt (shortened)
    got = quotes_of(
        "Sen. Lincoln Chafee announced today that Women and Infants Hospital will receive a $399,869 grant.",
        "\"Postpartum depression is a serious public health problem, which affects more than 400,000 mothers and "
        "their families each year,\" Senator Chafee said.",
        "The grant, awarded through the National Institute for Mental Health (NIMH), will be used to study the "
        "effectiveness of intervention programs in treating pregnant women on public assistance.",
        "\"I am pleased that the NIMH has awarded the Women and Infants these funds. By better identifying high risk "
        "patients, I hope we can reduce the incidence of harmful outcomes associated with PPD.\"")
    assert [sp for _, sp, _ in got] == ["Lincoln Chafee"] * 3
    # someone else named in between: nobody the rules can tell
    got = quotes_of(
        "\"Postpartum depression is a serious public health problem,\" Senator Lincoln Chafee said.",
        "The study will be led by Dr. Caron Zlotnick of Women and Infants Hospital.",
        "\"I am pleased that the NIMH has awarded the Women and Infants these funds for the study.\"")
    assert [sp for _, sp, _ in got] == ["Lincoln Chafee"]


def test_contact_label_vouches_for_the_names_it_lists_only():
    from pressroom.extract.contacts import contact_names
    # written for 24-7PressRelease (2025-03-25: `Media Contact: Renaud Gagne COO & Co-Founder Supersonic
    # Sites® Phone: ...` gave 'Supersonic Sites'); run on newsdirect (2025-01-27, `Contact DetailsDigital
    # Sports by Hot Paper Lantern` gave 'Hot Paper Lantern') and Senate contact lists
    assert contact_names(["Contact DetailsDigital Sports by Hot Paper Lantern"]) == []
    # senate/Hatch/14Jun2007Hatch203.txt: a list with phone numbers
    assert contact_names(["Contact: Peter Carr, 202/224-9854; Elizabeth Ferranti, 202/224-8277; Ben LaBolt, "
                          "202/228-5511; Wyeth Ruthven, 202/225-4865."]) == [
        "Peter Carr", "Elizabeth Ferranti", "Ben LaBolt", "Wyeth Ruthven"]
    # blockchainwire (UPCX, 2024-05-12) and 24-7PressRelease (Nairobi, 2024-11-09)
    assert contact_names(["Contact Person: Jiso Liu"]) == ["Jiso Liu"]
    assert contact_names(["Press Contact: For further details, please contact Mael Jules at YPN News Media."]) == [
        "Mael Jules"]


def test_contact_names_lose_glued_fields():
    from pressroom.extract.contacts import contact_names
    # newmediawire (Golden Matrix, 2025-05-08): an address glued to the surname, opening with the given name
    assert contact_names(["Investors:Brett MilotteBrett.Milotte@icrinc.comPress:Greg MichaelsGregory.Michaels@icrinc.com"]) \
        == ["Brett Milotte", "Greg Michaels"]
    # newmediawire (flatexDEGIRO, 2026-04-02): a German field label
    assert contact_names(["Paul Wolter Telefon +49 (0) 173 626 4647 Executive Director Public Relations "
                          "paul.wolter@flatexdegiro.com"]) == ["Paul Wolter"]


def test_a_statement_announced_with_a_colon_on_a_page_without_marks():
    # written for doj/release_01544.html (`Attorney General Jeff Sessions today issued the following
    # statement:`); run on senate/Casey/14Mar2007Casey13.txt (its statement shortened)
    got = quotes_of("U.S. Senator Bob Casey (D-PA) issued the following statement today on the Senate's vote to finally "
                    "move forward and have a full debate on Iraq:",
                    "After more than a month of obstruction, I am pleased that the Senate finally voted today to move "
                    "forward with a full floor debate on Iraq.")
    assert got == [("indirect", "Bob Casey", "After more than a month of obs")]
    # with quote marks elsewhere in the release, the rules for marked statements decide
    got = quotes_of("U.S. Senator Bob Casey (D-PA) issued the following statement today on the vote:",
                    "The resolution draws from the bipartisan Baker-Hamilton Commission and its report.",
                    "\"We need benchmarks,\" Casey said.")
    assert [t for _, _, t in got] == ["We need benchmarks,"]


def test_an_attribution_leading_into_a_statement_that_lost_its_marks():
    # written for doj/release_12572.html (`Karin J. Immergut, U.S. Attorney for the District of Oregon, said,
    # We will not allow ...`); run on doj/release_08387.html
    got = quotes_of("FBI Special Agent in Charge of the Mobile FBI Office Lewis M. Chapman recognized the perseverance of "
                    "agents and prosecutors in this complex investigation. Chapman stated, This investigation sends the "
                    "message that real estate fraud including antitrust violations will continue to be a priority.")
    assert got == [("indirect", "Lewis M. Chapman", "This investigation sends the m")]
    # someone unnamed speaks (doj/release_02240.html): the defendant named in the subject is no speaker
    got = quotes_of("The womans father also addressed Aranda-Soto and said, I pray God forgives you, because we never "
                    "will.")
    assert not got


def test_narrative_naming_the_speaker_is_no_continuation():
    # senate/Biden/04Dec2006Biden12.txt (no quote marks): the words after `..., said Sen. Biden.` name him in
    # the third person, so they are narrative, not his next quote
    got = quotes_of("We should create a dedicated Homeland Security Trust Fund to ensure that our first responders get "
                    "the resources they need, said Sen. Joseph Biden. In 1994, Sen. Biden created the Violent Crime "
                    "Reduction Trust Fund in the Crime Bill.")
    assert [t for _, _, t in got] == ["We should create a dedicated H"]


def test_a_report_is_no_speaker_of_the_quote_it_holds():
    # written for ibn (Platinum Group Metals, 2025-05-16: `," stated a report from Bullion Exchanges`); run on
    # ibn's Nightfood release (2025-06-03), its report given a publisher
    got = quotes_of("“Today, AI dominates many conversations across different industries, and AI in hospitality is no "
                    "exception,” stated a recent report from HospitalityNet. “It is redefining the notion of a norm.”")
    assert not got
    # a person after the verb still speaks (ibn, Mullen Automotive, 2024-06-03)
    got = quotes_of("“Europe presents a tremendous opportunity for our commercial vehicles,” said Mullen Automotive CEO "
                    "and chair David Michery in the press release.")
    assert [sp for _, sp, _ in got] == ["David Michery"]


def test_a_desk_or_a_firm_after_a_contact_label_is_no_person():
    from pressroom.extract.contacts import contact_names
    # written for blockchainwire (Exodus, 2024-04-24: `Contact Exodus Customer Support`); run on newsdirect
    # (BestGrowthStocks.com, 2024-04-22) and newsdirect (Black Unicorn Factory, 2024-08-12)
    assert contact_names(["Contact DetailsBest Growth Stocks"]) == []
    assert contact_names(["Contact DetailsBlack Unicorn Factory"]) == []
    # a surname that is also a word stays a name (newmediawire, American Heart Association, 2025-11-04)
    assert contact_names(["Monica Sales: monica.sales@heart.org"]) == ["Monica Sales"]
