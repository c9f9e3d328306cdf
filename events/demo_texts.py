"""German demo texts for the events (our own words after the seed) and their translations."""

INDEX = {
    "title": "Veranstaltungen",
    "intro": (
        "Regelmäßige Treffen und besondere Termine der Netzwerke in Prohlis – "
        "offen für alle, die mitmachen möchten."
    ),
}

LOCATION = {
    "name": "Stadtteiltreff Prohlis",
    "address": "Beispielstraße 1\n01239 Dresden",
    "accessibility_notes": "Eingang ohne Stufen, barrierefreie Toilette im Erdgeschoss.",
}

CATEGORIES = ["Begegnung", "Sprache", "Vernetzung", "Fest"]

EVENTS = [
    {
        "slug": "begegnungscafe",
        "network": "prohlis-ist-bunt",
        "title": "Begegnungscafé",
        "teaser": "Jeden Montag bei Kaffee und Kuchen Nachbarinnen und Nachbarn kennenlernen.",
        "body": (
            "<p>Im Begegnungscafé treffen sich Alteingesessene und neu Zugezogene. "
            "Wer mag, bringt etwas zu essen mit – Kinder sind herzlich willkommen.</p>"
        ),
        "categories": ["Begegnung"],
        "audience": ["everyone", "families", "newcomers"],
        "languages": ["de", "ar", "fa", "uk"],
        "schedule": {
            "start_date": (2015, 1, 5),
            "start_time": (15, 0),
            "end_time": (17, 30),
            "frequency": "WEEKLY",
            "weekdays": ["MO"],
            "skip_public_holidays": True,
        },
    },
    {
        "slug": "deutschtreff",
        "network": "prohlis-ist-bunt",
        "title": "Deutschtreff",
        "teaser": "Deutsch üben ohne Kurs und ohne Prüfung – in kleinen Gruppen.",
        "body": (
            "<p>Ehrenamtliche sprechen mit Ihnen über den Alltag, helfen bei Briefen "
            "und üben Wörter, die Sie gerade brauchen. Keine Anmeldung nötig.</p>"
        ),
        "categories": ["Sprache"],
        "audience": ["adults", "newcomers"],
        "languages": ["de", "en", "ar"],
        "schedule": {
            "start_date": (2016, 3, 3),
            "start_time": (16, 0),
            "end_time": (18, 0),
            "frequency": "WEEKLY",
            "weekdays": ["TH"],
            "skip_public_holidays": True,
        },
        "cancel_in_weeks": 3,
        "cancel_note": "Die Ehrenamtlichen sind an diesem Tag auf einer Fortbildung.",
    },
    {
        "slug": "vernetzungstreffen",
        "network": "vernetzungstreffen",
        "title": "Vernetzungstreffen der Vereine und Initiativen",
        "teaser": "Einmal im Monat: kennenlernen, Pläne abstimmen, Räume und Material teilen.",
        "body": (
            "<p>Vereine, Einrichtungen und Initiativen aus Prohlis berichten kurz, "
            "was sie vorhaben, und verabreden gemeinsame Aktionen.</p>"
        ),
        "categories": ["Vernetzung"],
        "audience": ["adults"],
        "languages": ["de"],
        "schedule": {
            "start_date": (2010, 4, 28),
            "start_time": (17, 0),
            "end_time": (19, 0),
            "frequency": "MONTHLY",
            "monthly_mode": "last",
            "monthly_weekday": "WE",
        },
        "move_occurrence": 2,
        "move_note": "Diesmal einen Tag später und im Saal der Kirchgemeinde.",
    },
    {
        "slug": "stadtteilfest",
        "network": "prohlis-ist-bunt",
        "title": "Sommerfest im Stadtteil",
        "teaser": "Musik, Tanz, Essen aus vielen Ländern und Spiele für Kinder.",
        "body": (
            "<p>Alle Netzwerke feiern gemeinsam mit den Nachbarinnen und Nachbarn. "
            "Wer etwas beitragen möchte, meldet sich beim Quartiersmanagement.</p>"
        ),
        "categories": ["Fest"],
        "audience": ["everyone", "families", "children"],
        "languages": ["de", "en", "ar", "fa", "uk", "ru", "tr"],
        "schedule": {"start_time": (14, 0), "end_time": (20, 0), "frequency": ""},
        "summer_festival": True,
    },
]

TRANSLATIONS = {
    "en": {
        "Veranstaltungen": "Events",
        INDEX["intro"]: (
            "Regular meetings and special dates of the Prohlis networks – open to everyone "
            "who would like to join in."
        ),
        "Stadtteiltreff Prohlis": "Prohlis community centre",
        LOCATION[
            "accessibility_notes"
        ]: "Step-free entrance, accessible toilet on the ground floor.",
        "Begegnung": "Meeting people",
        "Sprache": "Language",
        "Vernetzung": "Networking",
        "Fest": "Festival",
        "Begegnungscafé": "Meeting café",
        EVENTS[0]["teaser"]: "Every Monday: meet your neighbours over coffee and cake.",
        "Im Begegnungscafé treffen sich Alteingesessene und neu Zugezogene. Wer mag, bringt "
        "etwas zu essen mit – Kinder sind herzlich willkommen.": (
            "Long-time residents and newcomers meet at the café. Bring something to eat if "
            "you like – children are very welcome."
        ),
        "Deutschtreff": "German conversation group",
        EVENTS[1]["teaser"]: "Practise German without a course or an exam – in small groups.",
        "Ehrenamtliche sprechen mit Ihnen über den Alltag, helfen bei Briefen und üben Wörter, "
        "die Sie gerade brauchen. Keine Anmeldung nötig.": (
            "Volunteers talk with you about everyday life, help with letters and practise the "
            "words you need right now. No registration needed."
        ),
        EVENTS[1]["cancel_note"]: "The volunteers are at a training course that day.",
        "Vernetzungstreffen der Vereine und Initiativen": "Networking meeting of local groups",
        EVENTS[2]["teaser"]: "Once a month: get to know each other, plan together, share rooms.",
        "Vereine, Einrichtungen und Initiativen aus Prohlis berichten kurz, was sie vorhaben, "
        "und verabreden gemeinsame Aktionen.": (
            "Associations, institutions and initiatives from Prohlis share their plans and "
            "arrange joint activities."
        ),
        EVENTS[2]["move_note"]: "This time one day later, in the parish hall.",
        "Sommerfest im Stadtteil": "Neighbourhood summer festival",
        EVENTS[3]["teaser"]: "Music, dance, food from many countries and games for children.",
        "Alle Netzwerke feiern gemeinsam mit den Nachbarinnen und Nachbarn. Wer etwas beitragen "
        "möchte, meldet sich beim Quartiersmanagement.": (
            "All networks celebrate together with the neighbours. If you would like to "
            "contribute, please contact the neighbourhood management office."
        ),
    },
    "ar": {
        "Veranstaltungen": "الفعاليات",
        INDEX[
            "intro"
        ]: "لقاءات منتظمة ومواعيد خاصة لشبكات حي بروليس، مفتوحة لكل من يرغب في المشاركة.",
        "Stadtteiltreff Prohlis": "ملتقى حي بروليس",
        LOCATION["accessibility_notes"]: "مدخل بلا درجات، ودورة مياه مهيأة في الطابق الأرضي.",
        "Begegnung": "لقاء",
        "Sprache": "لغة",
        "Vernetzung": "تشبيك",
        "Fest": "احتفال",
        "Begegnungscafé": "مقهى اللقاء",
        EVENTS[0]["teaser"]: "كل يوم اثنين: تعرّفوا على جيرانكم مع القهوة والكعك.",
        "Im Begegnungscafé treffen sich Alteingesessene und neu Zugezogene. Wer mag, bringt "
        "etwas zu essen mit – Kinder sind herzlich willkommen.": (
            "يلتقي في المقهى السكان القدامى والقادمون الجدد. يمكنكم إحضار شيء من الطعام، "
            "والأطفال مرحّب بهم."
        ),
        "Deutschtreff": "لقاء اللغة الألمانية",
        EVENTS[1]["teaser"]: "تدرّبوا على الألمانية بلا دورة ولا امتحان، في مجموعات صغيرة.",
        "Ehrenamtliche sprechen mit Ihnen über den Alltag, helfen bei Briefen und üben Wörter, "
        "die Sie gerade brauchen. Keine Anmeldung nötig.": (
            "يتحدث معكم متطوعون عن الحياة اليومية، ويساعدونكم في الرسائل، ويتدربون معكم على "
            "الكلمات التي تحتاجونها. لا حاجة إلى التسجيل."
        ),
        EVENTS[1]["cancel_note"]: "المتطوعون في دورة تدريبية في هذا اليوم.",
        "Vernetzungstreffen der Vereine und Initiativen": "لقاء التشبيك بين الجمعيات والمبادرات",
        EVENTS[2]["teaser"]: "مرة في الشهر: تعارف وتنسيق الخطط وتقاسم القاعات والمواد.",
        "Vereine, Einrichtungen und Initiativen aus Prohlis berichten kurz, was sie vorhaben, "
        "und verabreden gemeinsame Aktionen.": (
            "تعرض الجمعيات والمؤسسات والمبادرات في بروليس خططها باختصار وتتفق على أنشطة مشتركة."
        ),
        EVENTS[2]["move_note"]: "هذه المرة بعد يوم واحد، في قاعة الأبرشية.",
        "Sommerfest im Stadtteil": "مهرجان الصيف في الحي",
        EVENTS[3]["teaser"]: "موسيقى ورقص وطعام من بلدان كثيرة وألعاب للأطفال.",
        "Alle Netzwerke feiern gemeinsam mit den Nachbarinnen und Nachbarn. Wer etwas beitragen "
        "möchte, meldet sich beim Quartiersmanagement.": (
            "تحتفل جميع الشبكات مع الجيران. من يرغب في المساهمة يتواصل مع إدارة الحي."
        ),
    },
}
