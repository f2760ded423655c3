"""Write `itineraries_dev.jsonl`: real travel announcements with hand-made gold itineraries.

Every text is a work of the United States federal government (State Department, Department of
Defense, Treasury, White House), in the public domain (17 U.S.C. § 105); `source` is where the copy
was read. Texts are kept as published, cut at the end of the last whole sentence where the copy was
cut. The seed article is read from `seeds/` when the file is written.

Gold, one trip per document, stops in the order the text gives them:
- `names`: the accepted names of the stop (a city, or the country when the text gives no city);
- `start`/`end`: the stop's dates as the text states them, or null when it gives none. A range stated
  for a whole list goes to every stop of the list; a day stated for one stop narrows it. A date that
  starts a trip ("begins a trip on July 6", "will travel abroad beginning September 2") is the first
  stop's only. A return home ("return to Washington on May 27") is a stop.

Run `python bench/data/make_itineraries_dev.py` after editing; the JSONL is what `make eval` reads.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def stop(names, cc, start=None, end=None):
    names = [names] if isinstance(names, str) else names
    return {"names": names, "country_code": cc, "start": start, "end": end or start}


DOCS = [
    {
        "doc_id": "seed-blinken-2024-11",
        "path": "seeds/blinken-brussels-nato-2024-11-13.txt",
        "dct": "2024-11-13",
        "source": "seeds/README.md",
        "traveller": "Blinken",
        "stops": [
            stop("Brussels", "BE", "2024-11-12", "2024-11-13"),
            stop("Lima", "PE", "2024-11-14", "2024-11-19"),
            stop("Manaus", "BR", "2024-11-14", "2024-11-19"),
            stop("Rio de Janeiro", "BR", "2024-11-14", "2024-11-19"),
        ],
    },
    {
        "doc_id": "state-kerry-2013-05",
        "source": "http://statedept.tumblr.com/post/50678505984/secretary-kerry-travels-to-the-middle-east-and-africa",
        "dct": "2013-05-20",
        "text": (
            "Secretary Kerry Travels to the Middle East and Africa\n\n"
            "Secretary Kerry will travel May 21 to Muscat, where he will meet with senior Omani officials to discuss a range of bilateral and regional issues.\n\n"
            "On May 22, the Secretary will visit Amman, where he will meet with key international partners to further explore ways that the international community can work towards bringing together both sides of the conflict and developing a path toward a negotiated political solution to the crisis in Syria.\n\n"
            "On May 23-24, Secretary Kerry will travel to Jerusalem and Ramallah. In Jerusalem, he will meet with Israeli leaders, and in Ramallah he will meet with the Palestinian leadership.\n\n"
            "Secretary Kerry will then travel May 24-25 to Addis Ababa, where he will meet with senior Ethiopian officials to discuss bilateral issues and participate in the Golden Jubilee of the Organization of African Unity at the African Union Summit.\n\n"
            "On May 26, Secretary Kerry will depart Addis Ababa and return to Amman, where he will participate in the World Economic Forum.\n\n"
            "The Secretary will depart Amman and return to Washington on May 27.\n"
        ),
        "traveller": "Kerry",
        "stops": [
            stop("Muscat", "OM", "2013-05-21"),
            stop("Amman", "JO", "2013-05-22"),
            stop("Jerusalem", "IL", "2013-05-23", "2013-05-24"),
            stop("Ramallah", "PS", "2013-05-23", "2013-05-24"),
            stop("Addis Ababa", "ET", "2013-05-24", "2013-05-25"),
            stop("Amman", "JO", "2013-05-26"),
            stop("Washington", "US", "2013-05-27"),
        ],
    },
    {
        "doc_id": "state-clinton-2010-10",
        "source": "https://still4hill.blogspot.com/2010/10/secretary-of-state-clintons-travel.html",
        "dct": "2010-10-22",
        "text": (
            "Secretary of State Clinton's Travel\nOffice of the Spokesman\nWashington, DC\nOctober 22, 2010\n\n"
            "Secretary of State Hillary Rodham Clinton will travel to Hawaii, Vietnam, Cambodia, Malaysia, Papua New Guinea, New Zealand, and Australia October 27-November 8.\n\n"
            "Secretary Clinton arrives in Honolulu on October 27 where she will meet with Japanese Foreign Minister Seiji Maehara to discuss a broad range of issues, including our close coordination during our back-to-back Asia Pacific Economic Cooperation (APEC) host years. "
            "This meeting underscores the enduring importance of the U.S.-Japan alliance as a cornerstone of American engagement in the Asia-Pacific. "
            "On October 28, for the second time in Hawaii, the Secretary will deliver a major policy speech on the United States’ role as a Pacific nation.\n\n"
            "Secretary Clinton will travel to Hanoi on October 29 for her second trip to Vietnam in less than four months. "
            "The Secretary will represent the United States at the East Asia Summit and participate in a Lower Mekong Initiative meeting, deepening U.S. engagement with Asia’s multilateral institutions. "
            "The Secretary will also meet with Vietnamese leaders. "
            "On October 30, the Secretary will depart for Cambodia where she will meet with government and civil society leaders in Phnom Penh and visit Angkor Wat, a UNESCO World Heritage site. "
            "She will continue on to Malaysia on November 1 to meet with senior officials, discuss our enhanced ties, promote trade, and discuss educational exchanges between our countries.\n\n"
            "On November 3, Secretary Clinton will travel to Papua New Guinea to meet Prime Minister Sir Michael Somare and other senior government officials, women leaders and environmental experts. "
            "This stop is part of a larger process of enhancing U.S. engagement in the Pacific.\n"
        ),
        "traveller": "Clinton",
        "stops": [
            stop(["Honolulu", "Hawaii"], "US", "2010-10-27", "2010-10-28"),
            stop(["Hanoi", "Vietnam"], "VN", "2010-10-29"),
            stop(["Phnom Penh", "Cambodia"], "KH", "2010-10-30"),
            stop(["Malaysia", "Kuala Lumpur"], "MY", "2010-11-01"),
            stop(["Papua New Guinea", "Port Moresby"], "PG", "2010-11-03"),
            stop("New Zealand", "NZ", "2010-10-27", "2010-11-08"),
            stop("Australia", "AU", "2010-10-27", "2010-11-08"),
        ],
    },
    {
        "doc_id": "state-kerry-2013-11",
        "source": "https://rcnamericactri.blogspot.com/2013/11/kerry-travels-to-middle-east-europe-and.html",
        "dct": "2013-11-01",
        "text": (
            "Secretary of State John F. Kerry will travel to Cairo, Riyadh, Warsaw, Jerusalem, Bethlehem, Amman, Abu Dhabi, Algiers, and Rabat from November 2 to November 12.\n"
            "In Cairo, Secretary Kerry held bilateral discussions with officials.\n"
            "In Riyadh, Secretary Kerry will meet with King Abdullah to discuss a wide range of bilateral and regional issues. He will reaffirm the strategic nature of the U.S.-Saudi relationship, given the importance of the work between our two countries on shared challenges, and the leadership Saudi Arabia provides for the region.\n"
            "In Warsaw, Secretary Kerry will meet with senior Polish officials to discuss our close defense alliance and partnership with Poland across a range of global issues, as well as Poland’s key contributions on democracy promotion and in enhancing NATO capabilities. He also will meet with representatives of U.S. and Polish businesses and young innovators, highlighting our strong economic ties and mutual commitment to Transatlantic prosperity.\n"
            "In Jerusalem and Bethlehem, he will meet with senior Israeli and Palestinian officials to discuss the ongoing final status negotiations as well as other regional issues of mutual concern. He will also discuss issues related to Iran with Israeli officials.\n"
            "In Amman, Secretary Kerry will meet with senior Jordanian officials to discuss a wide range of bilateral and regional issues, as part of our continued close coordination on key issues.\n"
            "In Abu Dhabi, he will meet with senior Emirati officials to continue our close coordination on bilateral and regional issues of mutual interest. This visit will provide the leaders the opportunity to discuss the important role the UAE plays in promoting stability and prosperity in the Middle East.\n"
        ),
        "traveller": "Kerry",
        "stops": [
            stop(n, cc, "2013-11-02", "2013-11-12")
            for n, cc in [("Cairo", "EG"), ("Riyadh", "SA"), ("Warsaw", "PL"), ("Jerusalem", "IL"), ("Bethlehem", "PS"),
                          ("Amman", "JO"), ("Abu Dhabi", "AE"), ("Algiers", "DZ"), ("Rabat", "MA")]
        ],
    },
    {
        "doc_id": "state-blinken-2024-03",
        "source": "https://like123.com/secretary-blinkens-travel-to-vienna-seoul-and-manila",
        "dct": "2024-03-12",
        "text": (
            "Secretary Blinken’s Travel to Vienna, Seoul, and Manila\n"
            "Matthew Miller, Department Spokesperson\n"
            "Secretary of State Antony J. Blinken will travel to Vienna, Seoul, and Manila, from March 14 to 20, 2024. "
            "In Vienna, Secretary Blinken will attend the United Nations Commission on Narcotic Drugs (CND) and serve as Head of Delegation for the United States during the High-Level Segment. "
            "At the CND, the Secretary will emphasize that illicitly manufactured synthetic drugs and their precursors are fueling a public health crisis that affects communities across the United States and around the globe. "
            "The United States looks to secure concrete commitments from countries to take domestic, regional, and international action to address synthetic drugs and their precursors. "
            "While in Vienna, Secretary Blinken will also meet with senior Austrian officials, as well as International Atomic Energy Agency Director General Rafael Grossi to discuss nuclear safety, security, and safeguards issues. "
            "In Seoul, Secretary Blinken will head the U.S. delegation to the third Summit for Democracy, hosted by the Republic of Korea, bringing together hundreds of leaders from governments, civil society, and the private sector committed to strengthening democratic governance, protecting human rights, and advancing the fight against corruption. "
            "The Summit demonstrates how the United States and like-minded democracies organize to address the world’s most pressing challenges. "
            "The U.S. will also highlight progress made since the last Summit for Democracy to counter the proliferation and misuse of commercial spyware. "
            "The Secretary will also meet with Foreign Minister Cho Tae-yul and other ROK officials. "
            "In Manila, Secretary Blinken will meet with President Ferdinand Marcos, Jr., and Secretary of Foreign Affairs Enrique Manalo to advance shared economic priorities and underscore the United States’ ironclad commitment to the U.S.-Philippine alliance.\n"
        ),
        "traveller": "Blinken",
        "stops": [
            stop("Vienna", "AT", "2024-03-14", "2024-03-20"),
            stop("Seoul", "KR", "2024-03-14", "2024-03-20"),
            stop("Manila", "PH", "2024-03-14", "2024-03-20"),
        ],
    },
    {
        "doc_id": "state-blinken-2023-04",
        "source": "https://www.einpresswire.com/article/625117570/secretary-blinken-s-travel-to-belgium",
        "dct": "2023-03-31",
        "text": (
            "Secretary Blinken’s Travel to Belgium\n\n"
            "Secretary of State Antony J. Blinken will travel to Brussels, Belgium, April 3-5, to attend the NATO Foreign Ministerial and the tenth U.S.-EU Energy Council meeting. "
            "During the NATO Foreign Ministerial, Secretary Blinken will emphasize continued U.S. support for Ukraine and our commitment to transatlantic security and the rules-based international order. "
            "Secretary Blinken will discuss ensuring energy security while accelerating the clean energy transition during the U.S.-EU Energy Council meeting. "
            "Secretary Blinken will have bilateral meetings with European Union High Representative and Vice President Josep Borrell, NATO Secretary General Jens Stoltenberg, and Ukrainian Foreign Minister Dmytro Kuleba.\n"
        ),
        "traveller": "Blinken",
        "stops": [stop("Brussels", "BE", "2023-04-03", "2023-04-05")],
    },
    {
        "doc_id": "state-blinken-2024-05",
        "source": "https://djayanews.com/politics/secretary-blinkens-travel-to-arizona/",
        "dct": "2024-05-01",
        "text": (
            "Secretary Blinken’s Travel to Arizona\n\n"
            "Secretary Blinken will travel to Tucson and Sedona, Arizona on May 3, 2024. "
            "In Tucson, Secretary Blinken will tour the Tucson Passport Center, where he will observe operations and later meet with staff from the Western Passport Center. "
            "Secretary Blinken will then visit an emergency call center where he will speak with Tucson Mayor Regina Romero and health and law enforcement officials about the impacts and challenges of fentanyl and other synthetic drugs in the Tucson community.\n\n"
            "In Sedona, Secretary Blinken will headline the McCain Institute’s 2024 Sedona Forum. "
            "He will participate in a conversation with U.S. Senator Mitt Romney (Utah) on Friday evening, May 3. "
            "Senator Romney and Secretary Blinken will discuss current U.S. foreign policy, including the Secretary’s recent travel to China and the Middle East.\n"
        ),
        "traveller": "Blinken",
        "stops": [stop("Tucson", "US", "2024-05-03"), stop("Sedona", "US", "2024-05-03")],
    },
    {
        "doc_id": "dod-austin-2021-02",
        "source": "https://www.defense.gov/Newsroom/Advisories/Advisory/Article/2512210/secretary-austin-travels-to-usnorthcom-vaccination-centers-uss-nimitz/",
        "dct": "2021-02-23",
        "text": (
            "Secretary Austin Travels to USNORTHCOM, Vaccination Centers, USS Nimitz\n\n"
            "Feb. 23, 2021\n\n"
            "Secretary of Defense Lloyd Austin embarks on his first official trip Wednesday, Feb. 24, to visit U.S. Northern Command in Colorado Springs, CO; a community vaccination center in Los Angeles, CA; and naval facilities in San Diego, CA.\n\n"
            "Secretary Austin’s visit to U.S. Northern Command will include leadership meetings and an overview of COVID-19 support operations. "
            "Secretary Austin will visit California State University, Los Angeles, where active-duty and National Guard personnel are supporting the Federal Emergency Management Agency’s community vaccination center. "
            "In San Diego, the secretary will meet with the crew of USS Nimitz, which is returning home after 10 months on duty.  "
            "He will also visit military vaccination operations on Naval Base San Diego and Naval Air Station North Island.\n"
        ),
        "traveller": "Austin",
        "stops": [stop("Colorado Springs", "US", "2021-02-24"), stop("Los Angeles", "US"), stop("San Diego", "US")],
    },
    {
        "doc_id": "state-kerry-2015-04",
        "source": "https://djiboutiembassyus.org/in-the-news/secretary-kerry-travel-to-colombo-nairobi-mogadishu-djibouti-riyadh-and-paris",
        "dct": "2015-04-27",
        "text": (
            "Secretary Kerry Travel to Colombo, Nairobi, Mogadishu, Djibouti, Riyadh and Paris\n\n"
            "Press Statement\nMarie Harf\nActing Department Spokesperson, Office of the Spokesperson\nWashington, DC\n\nApril 27, 2015\n\n"
            "Secretary of State John Kerry will travel to Colombo, Sri Lanka, on May 2 for his first trip to the country and the first visit by a Secretary of State since 2005.\n\n"
            "In Colombo, he will meet government leaders, civil society members, and other representatives from the country’s diverse communities to hear and express U.S. support for their vision for a more peaceful, stable, and prosperous future for its people. "
            "Secretary Kerry will also join his hosts for the celebration of the Buddhist holiday of Vesak.\n\n"
            "Secretary Kerry will also visit Nairobi, Kenya, beginning on May 3, to reinforce the importance of our strong bilateral relationship. "
            "In his meetings with government officials, business leaders, opposition leaders, humanitarian aid organizations and civil society representatives, he will discuss a range of issues including security cooperation -- particularly in light of the recent tragic attack at Garissa University College – refugee assistance, trade, and biodiversity.\n\n"
            "This visit will focus on our common goals, including accelerating economic growth, strengthening democratic institutions, and improving regional security.\n\n"
            "On May 5, Secretary Kerry will travel to Mogadishu, Somalia to reinforce the United States commitment to supporting Somalia’s ongoing transition to a peaceful democracy. "
            "In his meetings with federal and regional government officials, he will discuss security cooperation and Somalia’s progress towards meeting its reform and development benchmarks in view of its 2016 elections. "
            "He will also meet with civil society leaders to discuss the importance of a vibrant NGO sector and thank African Union troops for their role in stabilizing Somalia.\n"
        ),
        "traveller": "Kerry",
        "stops": [
            stop("Colombo", "LK", "2015-05-02"),
            stop("Nairobi", "KE", "2015-05-03"),
            stop("Mogadishu", "SO", "2015-05-05"),
            stop("Djibouti", "DJ"),
            stop("Riyadh", "SA"),
            stop("Paris", "FR"),
        ],
    },
    {
        "doc_id": "state-clinton-2012-07",
        "source": "https://webarchive.library.unt.edu/web/20130215032854/http://blogs.state.gov/index.php/site/entry/travel_diary_europe_asia_middle_east",
        "dct": "2012-07-05",
        "text": (
            "On July 6, Secretary of State Hillary Rodham Clinton begins an eight-nation trip to France, Japan, Mongolia, Vietnam, Laos, Cambodia, Egypt, and Israel. "
            "In France, Secretary Clinton will attend the third meeting of the Friends of the Syrian People to consult with her colleagues on steps to increase pressure on the Assad regime and to support UN-Arab League Special Envoy Annan's efforts to end the violence and facilitate a political transition to a post-Assad Syria. "
            "While in Paris, Secretary Clinton will consult with French leaders regarding next steps on Syria as well as on a number of other key areas of global concern. "
            "As part of her ongoing consultations with senior Palestinian and Israeli leaders, the Secretary will also meet with Palestinian Authority President Mahmoud Abbas to discuss both parties' efforts to pursue a dialogue and build on President Abbas' exchange of letters with Prime Minister Benjamin Netanyahu.\n\n"
            "After her travel to France, Secretary Clinton will begin her six-day excursion through Asia. "
            "Her first stop will be Tokyo, Japan, to attend the July 8 Conference on Afghanistan, where she will reaffirm the United States' enduring commitment to the Afghan people and join the international community in supporting Afghanistan's development needs for the \"transformation decade\" to begin in 2015. "
            "Secretary Clinton will then travel to Ulaanbaatar, Mongolia, where she will meet with President Elbegdorj and Prime Minister Batbold to address the meeting of the Governing Council of the Community of Democracies, as well as an international women's conference. "
            "On July 10, she travels to Hanoi, Vietnam, where she will meet with senior Vietnamese leaders to witness the signing of several agreements covering education exchanges and commercial contracts.\n\n"
            "As the first Secretary of State to set foot in Laos in 57 years, Secretary Clinton will embark on a groundbreaking visit to the country.\n"
        ),
        "traveller": "Clinton",
        "stops": [
            stop(["Paris", "France"], "FR", "2012-07-06"),
            stop(["Tokyo", "Japan"], "JP", "2012-07-08"),
            stop(["Ulaanbaatar", "Mongolia"], "MN"),
            stop(["Hanoi", "Vietnam"], "VN", "2012-07-10"),
            stop(["Laos", "Vientiane"], "LA"),
            stop(["Cambodia", "Phnom Penh"], "KH"),
            stop(["Egypt", "Cairo"], "EG"),
            stop(["Israel", "Jerusalem"], "IL"),
        ],
    },
    {
        "doc_id": "dod-austin-2024-11",
        "source": "https://nims360.blogspot.com/2024/11/secretary-of-defense-travel-to.html",
        "dct": "2024-11-12",
        "text": (
            "Secretary of Defense Travel to Australia, Philippines, Laos, and Fiji\n"
            "Nov. 12, 2024\n\n"
            "Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following statement:\n\n"
            "Secretary of Defense Lloyd J. Austin III will depart this week for a trip to Australia, the Philippines, Laos, and Fiji to participate in a series of bilateral and multilateral meetings. "
            "These engagements will drive ongoing efforts to modernize our alliances and partnerships toward our shared vision for a free and open Indo-Pacific.\n\n"
            "As part of his twelfth official visit to the region, Secretary Austin will first travel to Darwin, Australia for multilateral meetings with regional allies and engagements with U.S. Marines from the Marine Rotational Force-Darwin. "
            "From there, Secretary Austin will make his fourth visit to the Philippines, where he will advance security objectives with Philippine leaders and meet with U.S. and Philippine forces. "
            "In Laos, Secretary Austin will participate in the ASEAN Defense Ministers' Meeting (ADMM)-Plus on November 21, reaffirm the U.S. commitment to ASEAN centrality at the ASEAN-United States Informal Meeting, and identify future areas of cooperation with regional counterparts. "
            "Secretary Austin will conclude his trip in Fiji, marking the first ever visit by a U.S. Secretary of Defense, and will meet with key Fijian leaders to deepen the bilateral defense relationship.\n\n"
            "Secretary Austin's trip comes as the United States builds on unprecedented cooperation with like-minded countries to strengthen regional security.\n"
        ),
        "traveller": "Austin",
        "stops": [
            stop(["Darwin", "Australia"], "AU", "2024-11-11", "2024-11-17"),
            stop(["Philippines", "Manila"], "PH"),
            stop(["Laos", "Vientiane"], "LA", "2024-11-21"),
            stop(["Fiji", "Suva"], "FJ"),
        ],
    },
    {
        "doc_id": "wh-cheney-2008-09",
        "source": "https://webarchive.library.unt.edu/web/20130219013652/http://italy.usembassy.gov/a8082206.html",
        "dct": "2008-08-25",
        "text": (
            "Trip Statement of the Vice President\n\n25 August 2008\n\nThe White House\nOffice of the Vice President\n\nFor Immediate Release\n\n"
            "Vice President Cheney will travel abroad beginning September 2, 2008.\n\n"
            "President Bush has asked the Vice President to travel to Azerbaijan, Georgia, Ukraine and Italy for discussions with these key partners on issues of mutual interest. "
            "The Vice President will meet with President Aliyev of Azerbaijan, President Saakashvili of Georgia, President Yushchenko of Ukraine, and President Napolitano and Prime Minister Berlusconi of Italy, as well as senior officials of their respective governments. "
            "In addition to meetings with foreign leaders, the Vice President will attend and address the Ambrosetti forum entitled, \"Intelligence on the World, Europe and Italy\" in Lake Como, Italy.\n"
        ),
        "traveller": "Cheney",
        "stops": [
            stop(["Azerbaijan", "Baku"], "AZ", "2008-09-02"),
            stop(["Georgia", "Tbilisi"], "GE"),
            stop(["Ukraine", "Kyiv", "Kiev"], "UA"),
            stop(["Italy", "Rome", "Lake Como", "Como"], "IT"),
        ],
    },
    {
        "doc_id": "treasury-yellen-2024-04",
        "source": "https://fraser.stlouisfed.org/title/press-releases-united-states-department-treasury-6111/secretary-treasury-janet-l-yellen-travel-people-s-republic-china-666190/fulltext",
        "dct": "2024-04-02",
        "text": (
            "Secretary of the Treasury Janet L. Yellen to Travel to the People’s Republic of China\n"
            "April 2, 2024\n\n"
            "WASHINGTON – From April 3-9, Secretary of the Treasury Janet L. Yellen will travel to the People’s Republic of China (PRC) for bilateral meetings and other engagements.\n"
            "Secretary Yellen’s visit to China will build on the intensive diplomacy she has engaged in to responsibly manage the bilateral economic relationship and advance American interests.\n"
            "Following initial meetings with the PRC’s new economic team last July in Beijing, Secretary Yellen met with her counterpart Vice Premier He Lifeng in San Francisco, California, in advance of President Biden’s meeting with President Xi. "
            "At Secretary Yellen and Vice Premier’s direction, both sides jointly launched Economic and Financial Working Groups, which report to the Secretary and Vice Premier, and which have met three times.\n"
        ),
        "traveller": "Yellen",
        "stops": [stop(["China", "People’s Republic of China", "Beijing"], "CN", "2024-04-03", "2024-04-09")],
    },
]


# Held out: gold written before the extractor was run on them; measured once as a check on over-fitting.
HELD_OUT = [
    {
        "doc_id": "state-pompeo-2018-11",
        "source": "http://government-world.com/press-releases-secretary-pompeo-to-travel-to-paris",
        "dct": "2018-11-07",
        "text": (
            "Press Releases: Secretary Pompeo to Travel to Paris\n\n"
            "Press Statement\n\nHeather Nauert\n\nDepartment Spokesperson\n\nWashington, DC\n\nNovember 7, 2018\n\n"
            "U.S. Secretary of State Michael R. Pompeo will travel to Paris, France November 10-11.\n\n"
            "On November 10, he will arrive in Paris, where he will join President Trump in commemorating the 100th anniversary of the end of the first World War, including visits to memorial sites and cemeteries to honor our shared sacrifice and reaffirm the Transatlantic Alliance. "
            "On November 11, Secretary Pompeo will attend the formal WWI commemoration ceremony at the Arc de Triomphe and a working lunch with international partners hosted by Foreign Minister Le Drian to discuss cooperation on global priorities, including ways to counter Iranian malign behavior and to advance the denuclearization of the Korean Peninsula. "
            "The Secretary will also participate in the President’s meeting with French President Emmanuel Macron.\n"
        ),
        "traveller": "Pompeo",
        "stops": [stop("Paris", "FR", "2018-11-10", "2018-11-11")],
    },
    {
        "doc_id": "state-pompeo-2018-06",
        "source": "https://www.yumanewsnow.com/index.php/news/4007-secretary-of-state-mike-pompeo-s-travel-to-canada-singapore-south-korea-and-china.html",
        "dct": "2018-06-08",
        "text": (
            "Secretary of State Mike Pompeo's Travel to Canada, Singapore, South Korea, and China\n\n"
            "Secretary of State Mike Pompeo will travel to Charlevoix, Quebec, Canada on June 9 to join President Donald Trump as the President and leaders from Canada, France, Germany, Italy, Japan, and the United Kingdom, as well as the European Union, convene for Group of Seven (G7) meetings.\n\n"
            "Secretary Pompeo will then accompany President Trump on his travel to Singapore. The Secretary will make additional stops in the Republic of Korea and China. "
            "The Secretary’s trip demonstrates the Administration’s focus on the denuclearization of the Korean peninsula and commitment to our alliances and partnerships in the Indo-Pacific Region.\n\n"
            "The Secretary will travel to Singapore, June 10–13, where he will participate in the President’s summit with North Korean leader Kim Jong Un and bilateral events with Singaporean Prime Minister Lee Hsien Loong.\n\n"
            "Secretary Pompeo will then travel to Seoul, Republic of Korea, June 13–14. He will meet with senior Korean and Japanese officials to discuss the U.S.-Republic of Korea alliance, the U.S.-Japan alliance, our shared priorities, and next steps in our shared approach to North Korea.\n\n"
            "On June 14, the Secretary will visit Beijing, China. Secretary Pompeo will have discussions with Chinese officials on bilateral, regional, and global issues that affect both countries.\n"
        ),
        "traveller": "Pompeo",
        "stops": [
            stop(["Charlevoix", "La Malbaie", "Quebec", "Canada"], "CA", "2018-06-09"),
            stop("Singapore", "SG", "2018-06-10", "2018-06-13"),
            stop("Seoul", "KR", "2018-06-13", "2018-06-14"),
            stop("Beijing", "CN", "2018-06-14"),
        ],
    },
    {
        "doc_id": "state-kerry-2013-12",
        "source": "http://m.state.gov/md218533.htm",
        "dct": "2013-12-09",
        "text": (
            "Press Statement\nJen Psaki\nDepartment Spokesperson\nWashington, DC\nDecember 9, 2013\n\n"
            "U.S. Secretary of State John Kerry will travel to Jerusalem, Ramallah, Ho Chi Minh City, Hanoi, Tacloban, and Manila from Dec. 11-18, 2013.\n\n"
            "In Jerusalem, Secretary Kerry will meet with Prime Minister Netanyahu to discuss a range of issues including Iran and the ongoing final status negotiations with the Palestinians. "
            "In Ramallah, Secretary Kerry will meet with President Abbas, where he will also discuss the ongoing final status negotiations, among other issues.\n\n"
            "This trip to Asia will be his fourth to the region since becoming Secretary of State (he also traveled to Sunnylands, Calif., in June with the President to meet Chinese Premier Xi). "
            "Within the Asia-Pacific rebalance, Southeast Asia holds special importance, and the Secretary’s travel to Vietnam and the Philippines demonstrates the enduring U.S. commitment and his personal connections to the region. "
            "The Secretary’s visit to Vietnam will highlight the dramatic transformation in the bilateral relationship over the years and our growing partnership in many areas.\n\n"
            "In Ho Chi Minh City, Secretary Kerry’s meetings will underscore the growth of our bilateral trade relationship and the empowering role of education. "
            "His visit to the Mekong Delta will emphasize how Americans and Vietnamese can work together on critical issues such as climate change and renewable energy.\n\n"
            "In Hanoi, the Secretary will meet with senior Vietnamese leaders to advance the Comprehensive Partnership announced by President Obama and President Sang in July and to discuss a wide range of bilateral and regional issues.\n\n"
            "Secretary Kerry will then travel to the Philippines, our longtime U.S. friend and ally. "
            "In Manila, the Secretary will meet with senior Philippine officials to discuss ways to build on our already-strong economic, security, and people-to-people relations.\n"
        ),
        "traveller": "Kerry",
        "stops": [
            stop(n, cc, "2013-12-11", "2013-12-18")
            for n, cc in [("Jerusalem", "IL"), ("Ramallah", "PS"), ("Ho Chi Minh City", "VN"), ("Hanoi", "VN"), ("Tacloban", "PH"), ("Manila", "PH")]
        ],
    },
    {
        "doc_id": "state-rice-2007-10",
        "source": "https://webarchive.library.unt.edu/eot2008/20081104221539/http://www.state.gov/r/pa/prs/ps/2007/oct/93257.htm",
        "dct": "2007-10-04",
        "text": (
            "Press Statement\nSean McCormack, Spokesman\nWashington, DC\nOctober 4, 2007\n\n"
            "Secretary Rice's Travel to Russia and the Middle East\n\n"
            "Secretary of State Condoleezza Rice will travel to Russia, Israel and the Palestinian territories, Egypt and Jordan October 11-18, 2007.\n\n"
            "The Secretary will visit Moscow with Secretary of Defense Gates October 12-13 to engage in strategic security talks with their Russian counterparts, Minister of Foreign Affairs Sergey Lavrov and Minister of Defense Anatoliy Serdyukov. "
            "The discussions will center on a number of security issues of mutual concern, including cooperation in the area of Missile Defense.\n\n"
            "Secretary Rice will visit Tel Aviv, Jerusalem and Ramallah October 14-18 to meet with leaders from Israel and the Palestinian Authority in support of the ongoing efforts to lay a foundation for serious negotiations on the establishment of a Palestinian state as soon as possible.\n"
        ),
        "traveller": "Rice",
        "stops": [
            stop(["Moscow", "Russia"], "RU", "2007-10-12", "2007-10-13"),
            stop("Tel Aviv", "IL", "2007-10-14", "2007-10-18"),
            stop("Jerusalem", "IL", "2007-10-14", "2007-10-18"),
            stop("Ramallah", "PS", "2007-10-14", "2007-10-18"),
            stop(["Egypt", "Cairo"], "EG", "2007-10-11", "2007-10-18"),
            stop(["Jordan", "Amman"], "JO", "2007-10-11", "2007-10-18"),
        ],
    },
    {
        "doc_id": "state-sherman-2022-10",
        "source": "https://miragenews.com/deputy-secretary-of-state-wendy-sherman-to-878400",
        "dct": "2022-10-21",
        "text": (
            "U.S. Deputy Secretary of State Wendy Sherman will travel to Tokyo and Seattle October 24-27. "
            "This will be her fourth trip to the Indo-Pacific region since May and demonstrates the United States' continued commitment to the region and our allies Japan and the Republic of Korea (ROK).\n"
            "In Tokyo, Deputy Secretary Sherman will hold meetings with senior Japanese officials, including Minister of Foreign Affairs Hayashi Yoshimasa, Director General of the National Security Secretariat Akiba Takeo, Vice Foreign Minister Mori Takeo, and Vice Minister of Defense Suzuki Atsuo. "
            "While in Tokyo, Deputy Secretary Sherman will discuss women's empowerment with a group of Japanese and ROK university students.\n"
            "In Seattle, the Deputy Secretary will highlight sources of U.S. foreign policy strength at home. "
            "She will meet with Washington Governor Jay Inslee and Seattle Mayor Bruce Harrell and visit the Seattle Passport Agency.\n"
        ),
        "traveller": "Sherman",
        "stops": [stop("Tokyo", "JP", "2022-10-24", "2022-10-27"), stop("Seattle", "US", "2022-10-24", "2022-10-27")],
    },
    {
        "doc_id": "state-sherman-2023-04",
        "source": "https://www.einpresswire.com/article/627128048/deputy-secretary-sherman-s-travel-to-new-orleans-santo-domingo-and-buenos-aires",
        "dct": "2023-04-07",
        "text": (
            "Deputy Secretary of State Wendy Sherman will travel April 10-14 to New Orleans, Louisiana; Santo Domingo, Dominican Republic; and Buenos Aires, Argentina. "
            "Her trip to New Orleans will advance the Administration’s commitment to building a more diverse, equitable, inclusive, and accessible State Department. "
            "Her visits to the Dominican Republic and Argentina will underscore our strong bilateral relationships with key partners while furthering our shared interests in advancing democracy, prosperity, and security in our hemisphere.\n\n"
            "In New Orleans, the Deputy Secretary will meet with local officials, students, and community leaders to better understand their perspectives on how to craft a more innovative and inclusive U.S. foreign policy.\n\n"
            "In the Dominican Republic, Deputy Secretary Sherman will meet with President Luis Abinader, Foreign Minister Roberto Álvarez, and other senior officials.\n"
        ),
        "traveller": "Sherman",
        "stops": [
            stop("New Orleans", "US", "2023-04-10", "2023-04-14"),
            stop("Santo Domingo", "DO", "2023-04-10", "2023-04-14"),
            stop("Buenos Aires", "AR", "2023-04-10", "2023-04-14"),
        ],
    },
    {
        "doc_id": "state-kaidanow-2018-01",
        "source": "http://government-world.com/united-states/oecd-united-states/page/322/?print=print-search",
        "dct": "2018-01-26",
        "text": (
            "Press Releases: Ambassador Tina Kaidanow, Principal Deputy Assistant Secretary of State for Political-Military Affairs, Travels to Vietnam and Singapore\n\n"
            "Media Note\n\nOffice of the Spokesperson\n\nWashington, DC\n\nJanuary 26, 2018\n\n"
            "Ambassador Tina Kaidanow, Principal Deputy Assistant Secretary of State for Political-Military Affairs, will travel to Vietnam and Singapore January 28-February 7.\n\n"
            "In Vietnam, Ambassador Kaidanow will lead the U.S. delegation at the ninth U.S.-Vietnam Political, Security, and Defense Dialogue. "
            "These talks will further promote the robust and growing bilateral relationship between the United States and Vietnam and reflect our shared commitment to ensuring a peaceful, stable, and secure Indo-Pacific region.\n\n"
            "In Singapore, Ambassador Kaidanow will join a delegation of senior U.S. officials at the Singapore Air Show, where she will hold consultations on defense trade issues and promote more than 150 U.S. companies and trade organizations exhibiting the latest aerospace technologies.\n"
        ),
        "traveller": "Kaidanow",
        "stops": [stop(["Vietnam", "Hanoi"], "VN", "2018-01-28", "2018-02-07"), stop("Singapore", "SG", "2018-01-28", "2018-02-07")],
    },
    {
        "doc_id": "state-pompeo-2020-10",
        "source": "https://stlnewsblog.wordpress.com/tag/india/",
        "dct": "2020-10-23",
        "text": (
            "Press Statement By Morgan Ortagus, Department Spokesperson\n"
            "Secretary of State Michael R. Pompeo will travel to New Delhi, India; Colombo, Sri Lanka; Malé, Maldives; Jakarta, Indonesia; and Hanoi, Vietnam October 25 – 30.\n"
            "In New Delhi, Secretary Pompeo and Secretary of Defense Mark T. Esper and their Indian counterparts will lead the third annual U.S.-India 2+2 Ministerial Dialogue to advance the U.S.-India Comprehensive Global Strategic Partnership and expand cooperation to promote stability and prosperity in the Indo-Pacific and the world.\n"
            "Secretary Pompeo will travel to Colombo to underscore the commitment of the United States to a partnership with a strong, sovereign Sri Lanka and to advance our common goals for a free and open Indo-Pacific region.\n"
        ),
        "traveller": "Pompeo",
        "stops": [
            stop(n, cc, "2020-10-25", "2020-10-30")
            for n, cc in [("New Delhi", "IN"), ("Colombo", "LK"), ("Malé", "MV"), ("Jakarta", "ID"), ("Hanoi", "VN")]
        ],
    },
    {
        "doc_id": "state-rubio-2025-09",
        "source": "https://menafn.com/1109998547/Secretary-Rubios-Travel-To-Mexico-And-Ecuador-United-States-Department-Of-State",
        "dct": "2025-08-31",
        "text": (
            "Secretary Rubio's Travel To Mexico And Ecuador - United States Department Of State\n\n"
            "Secretary of State Marco Rubio will travel to Mexico and Ecuador September 2-4 to advance key U.S. priorities.  "
            "These include swift and decisive action to dismantle cartels, halt fentanyl trafficking, end illegal immigration, reduce the trade deficit, and promote economic prosperity and counter malign extra continental actors. \n\n"
            "The Secretary’s fourth trip to our hemisphere demonstrates the United States’ unwavering commitment to protect its borders, neutralize narco-terrorist threats to our homeland, and ensure a level playing field for American businesses. "
            "Secretary Rubio’s engagements will deepen bilateral ties with Mexico and Ecuador and foster broader burden sharing across our region.\n"
        ),
        "traveller": "Rubio",
        "stops": [stop(["Mexico", "Mexico City"], "MX", "2025-09-02", "2025-09-04"), stop(["Ecuador", "Quito"], "EC", "2025-09-02", "2025-09-04")],
    },
]


def write(name: str, docs: list[dict]) -> None:
    out = HERE / name
    with out.open("w", encoding="utf-8") as fh:
        for d in docs:
            if "path" in d:  # our own seed: copied in so that the JSONL stands alone
                d = {**d, "text": (HERE.parent.parent / d["path"]).read_text(encoding="utf-8")}
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {out}: {len(docs)} documents, {sum(len(d['stops']) for d in docs)} gold stops")


def main() -> None:
    write("itineraries_dev.jsonl", DOCS)
    write("itineraries_heldout.jsonl", HELD_OUT)


if __name__ == "__main__":
    main()
