"""The starting topic vocabulary, modelled on NATO's own topic list; editable in the admin."""

from django.db import migrations
from django.utils.text import slugify

# (name, description, keyword rules). Rules: whole words, case-insensitive, * = word beginning.
TOPICS = [
    ("Russia", "Relations with Russia, its policies and military activity.",
     ["Russia", "Russian*", "Moscow", "Kremlin", "Putin", "NATO-Russia"]),
    ("Ukraine", "Support to Ukraine and NATO-Ukraine relations.",
     ["Ukrain*", "Kyiv", "Kiev", "Zelensky*", "Zelenskyy", "Donbas", "Crimea*"]),
    ("Georgia", "Relations with Georgia. (Also matches the U.S. state: review such tags.)",
     ["Georgia", "Georgian*", "Tbilisi"]),
    ("Moldova", "Relations with the Republic of Moldova.", ["Moldova*", "Chisinau"]),
    ("Belarus", "Belarus and its role in regional security.", ["Belarus*", "Minsk", "Lukashenko"]),
    ("Western Balkans", "Security in the Western Balkans, including KFOR.",
     ["Western Balkans", "Balkans", "Kosovo", "KFOR", "Bosnia*", "Serbia*", "Montenegr*", "North Macedonia*"]),
    ("Afghanistan", "NATO's engagement in and after Afghanistan.",
     ["Afghan*", "Taliban", "Kabul", "Resolute Support", "ISAF"]),
    ("Iraq", "NATO Mission Iraq and the fight against ISIS/Daesh there.", ["Iraq*", "Baghdad"]),
    ("Middle East and North Africa", "The southern neighbourhood: MENA and the Sahel.",
     ["Middle East", "North Africa*", "Sahel", "Libya*", "Tunisia*", "Jordan*", "Syria*", "Mediterranean Dialogue"]),
    ("China", "The challenges China poses to Euro-Atlantic security.", ["China", "Chinese", "Beijing"]),
    ("Indo-Pacific", "Partners in the Asia-Pacific and Indo-Pacific.",
     ["Indo-Pacific", "Asia-Pacific", "Asia Pacific", "Japan*", "Australia*", "New Zealand", "Republic of Korea", "South Korea*"]),
    ("AUKUS", "The Australia-UK-US security partnership.", ["AUKUS"]),
    ("Terrorism", "Countering terrorism, including the Global Coalition to Defeat ISIS/Daesh.",
     ["terror*", "counterterror*", "counter-terror*", "Daesh", "ISIS", "ISIL", "Islamic State", "al-Qaeda", "al Qaeda"]),
    ("Cyber defence", "Cyber defence and cyberspace as an operational domain.", ["cyber*"]),
    ("Hybrid threats", "Hybrid threats: disinformation, sabotage, malign activity.",
     ["hybrid", "disinformation", "malign activit*", "sabotage", "instrumentali*"]),
    ("Nuclear deterrence", "NATO's nuclear deterrence policy and forces.",
     ["nuclear*", "Nuclear Planning Group"]),
    ("Arms control", "Arms control, disarmament and non-proliferation.",
     ["arms control", "disarmament", "non-proliferation", "nonproliferation", "INF Treaty", "Intermediate Range Nuclear Forces", "New START", "CFE Treaty", "Open Skies"]),
    ("Missile defence", "Ballistic missile defence and integrated air and missile defence.",
     ["missile defen*", "ballistic missile*", "air and missile defen*", "air defen*", "Patriot*"]),
    ("Deterrence and defence", "Collective defence, forward presence and the Alliance's posture.",
     ["deterrence", "collective defen*", "Article 5", "forward presence", "eastern flank", "force posture", "New Force Model"]),
    ("Emerging and disruptive technologies", "Emerging and disruptive technologies and the technological edge.",
     ["emerging and disruptive technolog*", "emerging technolog*", "disruptive technolog*", "technological edge", "autonomous systems", "quantum", "hypersonic*", "biotechnolog*", "big data", "dual-use"]),
    ("Artificial intelligence", "Artificial intelligence and its responsible use in defence.",
     ["artificial intelligence", "machine learning"]),
    ("Innovation", "Defence innovation: DIANA, the NATO Innovation Fund.",
     ["innovat*", "DIANA", "Defence Innovation Accelerator", "Defense Innovation Accelerator"]),
    ("Space", "Space as an operational domain.",
     ["outer space", "space domain", "space policy", "space operations", "satellite*", "Space Force", "space-based"]),
    ("Climate change and security", "The impact of climate change on security.",
     ["climate*", "global warming", "greenhouse gas*", "emissions"]),
    ("Energy security", "Energy supply, infrastructure and security.",
     ["energy security", "energy supply", "energy supplies", "pipeline*", "Nord Stream", "gas supplies"]),
    ("Resilience", "Resilience, civil preparedness and critical infrastructure.",
     ["resilien*", "civil preparedness", "critical infrastructure", "undersea infrastructure"]),
    ("Maritime security", "Maritime security and operations at sea.",
     ["maritime", "Black Sea", "Baltic Sea", "naval", "undersea"]),
    ("NATO-EU cooperation", "Cooperation between NATO and the European Union.",
     ["NATO-EU", "European Union", "EU", "European Commission", "European Council"]),
    ("Partnerships", "NATO's partnerships with countries and organisations beyond the Alliance.",
     ["partner", "partners", "partnership*", "Partnership for Peace"]),
    ("Enlargement", "NATO's open door and the accession of new members.",
     ["enlargement", "open door", "accession", "aspirant*", "membership action plan", "join NATO", "new members", "Finland*", "Sweden*"]),
    ("Defence spending", "Defence investment, burden sharing and NATO's common funding.",
     ["defence spending", "defense spending", "spending more on defen*", "defence investment*", "defense investment*", "burden sharing", "burden-sharing", "2%", "two percent", "two per cent", "NATO budget*", "common funding", "Defence Investment Pledge"]),
    ("Strategic Concept", "NATO's Strategic Concept.", ["Strategic Concept"]),
    ("Summits", "Meetings of NATO Heads of State and Government.",
     ["summit*", "Heads of State and Government"]),
    ("Crisis management", "Crisis management, peacekeeping and operations.",
     ["crisis management", "crisis response", "peacekeeping", "peace support"]),
    ("Women, peace and security", "The women, peace and security agenda.",
     ["women, peace and security", "gender", "sexual violence"]),
    ("Transatlantic relations", "The bond between Europe and North America.",
     ["transatlantic", "Europe and North America"]),
]


def create_topics(apps, schema_editor):
    Topic = apps.get_model("statements", "Topic")
    for name, description, keywords in TOPICS:
        Topic.objects.get_or_create(
            name=name,
            defaults={"slug": slugify(name), "description": description, "keywords": "\n".join(keywords)},
        )


def remove_topics(apps, schema_editor):
    Topic = apps.get_model("statements", "Topic")
    Topic.objects.filter(name__in=[name for name, _, _ in TOPICS], statements=None, exchanges=None).delete()


class Migration(migrations.Migration):
    dependencies = [("statements", "0001_initial")]
    operations = [migrations.RunPython(create_topics, remove_topics)]
