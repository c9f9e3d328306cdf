"""The demo's texts: German source with English, Arabic and Ukrainian versions.

Each text is a tuple ``(de, en, ar, uk)``; the facts come from the seed page
"Netzwerke" of the Prohlis neighbourhood management, the wording is new. The
volunteer sign-up form of "Prohlis ist bunt" is in German and Arabic only:
its texts are ``(de, ar)`` (``VOLUNTEER_FORM_LANGUAGES``).
"""

LANGUAGES = ("en", "ar", "uk")
VOLUNTEER_FORM_LANGUAGES = ("ar",)

INDEX = {
    "title": ("Netzwerke", "Networks", "الشبكات", "Мережі"),
    "intro": (
        "In Prohlis arbeiten Vereine, Einrichtungen, Schulen, Kitas und das "
        "Quartiersmanagement in mehreren Netzwerken zusammen. Hier stellen wir sie vor.",
        "In Prohlis, associations, facilities, schools, day-care centres and the "
        "neighbourhood management work together in several networks. Here we introduce them.",
        "في بروليس تتعاون الجمعيات والمؤسسات والمدارس ورياض الأطفال وإدارة الحي ضمن عدة "
        "شبكات. نعرّفكم بها هنا.",
        "У Пролісі об'єднання, установи, школи, дитсадки та квартальний менеджмент "
        "співпрацюють у кількох мережах. Тут ми їх представляємо.",
    ),
}

# key: (kind, name, description); a name given as a tuple is translated,
# a plain string is a proper name and stays German.
ORGANISATIONS = {
    "qm": (
        "neighbourhood_management",
        "Quartiersmanagement Prohlis",
        (
            "Das Stadtteilbüro, das Menschen, Vereine und Einrichtungen in Prohlis verbindet.",
            "The neighbourhood office that connects people, associations and facilities "
            "in Prohlis.",
            "مكتب الحي الذي يربط بين السكان والجمعيات والمؤسسات في بروليس.",
            "Районний офіс, який об'єднує людей, організації та установи Проліса.",
        ),
    ),
    "ortsamt": (
        "district_office",
        "Ortsamt Prohlis",
        (
            "Die Verwaltung der Stadt Dresden für den Stadtbezirk Prohlis.",
            "The City of Dresden's administration for the Prohlis borough.",
            "إدارة مدينة دريسدن لمنطقة بروليس.",
            "Адміністрація міста Дрезден для району Проліс.",
        ),
    ),
    "parish": (
        "parish",
        (
            "Kirchgemeinde in Prohlis",
            "Church parish in Prohlis",
            "الأبرشية الكنسية في بروليس",
            "Церковна громада Проліса",
        ),
        (
            "Die Kirchgemeinde im Stadtteil.",
            "The church parish in the district.",
            "الأبرشية الكنسية في الحي.",
            "Церковна громада району.",
        ),
    ),
    "associations": (
        "association",
        (
            "Vereine und Initiativen aus Prohlis",
            "Associations and initiatives from Prohlis",
            "جمعيات ومبادرات من بروليس",
            "Об'єднання та ініціативи Проліса",
        ),
        (
            "Bürgervereine sowie soziale und kulturelle Initiativen aus dem Stadtteil.",
            "Residents' associations and social and cultural initiatives from the district.",
            "جمعيات المواطنين والمبادرات الاجتماعية والثقافية في الحي.",
            "Громадські об'єднання та соціальні й культурні ініціативи району.",
        ),
    ),
    "facilities": (
        "facility",
        (
            "Soziale Einrichtungen in Prohlis",
            "Social facilities in Prohlis",
            "المؤسسات الاجتماعية في بروليس",
            "Соціальні установи Проліса",
        ),
        (
            "Beratungsstellen, Treffpunkte und andere Einrichtungen im Stadtteil.",
            "Advice centres, meeting places and other facilities in the district.",
            "مراكز الاستشارة وأماكن اللقاء ومؤسسات أخرى في الحي.",
            "Консультаційні центри, місця зустрічей та інші установи району.",
        ),
    ),
    "parties": (
        "party",
        (
            "Parteien im Stadtteil",
            "Political parties in the district",
            "الأحزاب في الحي",
            "Партії району",
        ),
        (
            "Die in Prohlis aktiven politischen Parteien.",
            "The political parties active in Prohlis.",
            "الأحزاب السياسية الناشطة في بروليس.",
            "Політичні партії, що діють у Пролісі.",
        ),
    ),
    "kitas": (
        "kita",
        (
            "Kitas im Gebiet",
            "Day-care centres in the area",
            "رياض الأطفال في المنطقة",
            "Дитсадки району",
        ),
        (
            "Die fünf Kindertageseinrichtungen im Gebiet des Quartiersmanagements.",
            "The five day-care centres in the neighbourhood management's area.",
            "رياض الأطفال الخمس في منطقة إدارة الحي.",
            "П'ять дитсадків на території квартального менеджменту.",
        ),
    ),
    "schools": (
        "school",
        (
            "Schulen im Ortsamtsbereich Prohlis",
            "Schools in the Prohlis area",
            "مدارس منطقة بروليس",
            "Школи району Проліс",
        ),
        (
            "Die Schulen im Bereich des Ortsamts Prohlis.",
            "The schools in the Prohlis district office area.",
            "المدارس في نطاق مكتب حي بروليس.",
            "Школи в районі Проліс.",
        ),
    ),
    "youth": (
        "youth_welfare",
        (
            "Träger der Kinder- und Jugendhilfe",
            "Child and youth welfare providers",
            "جهات رعاية الأطفال والشباب",
            "Організації допомоги дітям і молоді",
        ),
        (
            "Freie und öffentliche Träger, die im Ortsamtsbereich mit Kindern, Jugendlichen "
            "und Familien arbeiten.",
            "Independent and public providers working with children, young people and "
            "families in the district office area.",
            "جهات مستقلة وعامة تعمل مع الأطفال والشباب والعائلات في نطاق مكتب الحي.",
            "Незалежні та державні організації, що працюють з дітьми, молоддю та родинами "
            "в районі.",
        ),
    ),
    "kem": (
        "other",
        "KEM Kommunalentwicklung Mitteldeutschland GmbH",
        (
            "Das Unternehmen, das das Quartiersmanagement Prohlis betreibt.",
            "The company that runs the Prohlis neighbourhood management.",
            "الشركة التي تدير إدارة حي بروليس.",
            "Компанія, що здійснює квартальний менеджмент Проліса.",
        ),
    ),
}

PROJECTS_HEADING = ("Unsere Projekte", "Our projects", "مشاريعنا", "Наші проєкти")
HISTORY_HEADING = ("Geschichte", "History", "تاريخنا", "Історія")
MEMBERS_HEADING = ("Wer mitmacht", "Who takes part", "من يشارك", "Хто бере участь")

#: The sign-up form below "Prohlis ist bunt", answering its call for mentors.
VOLUNTEER_FORM = {
    "slug": "mitmachen",
    "to_address": "mitmachen@example.org",
    "title": ("Freiwillig mitmachen", "تطوّعوا معنا"),
    "intro": (
        "Sie möchten neue Nachbarinnen und Nachbarn in Prohlis unterstützen? Sagen Sie uns, "
        "wobei Sie helfen möchten. Wir melden uns innerhalb von zwei Wochen und laden Sie zu "
        "einem ersten Kennenlernen ins Begegnungscafé ein.",
        "هل ترغبون في دعم جيراننا الجدد في بروليس؟ أخبرونا كيف تودّون المساعدة. سنتواصل معكم "
        "خلال أسبوعين وندعوكم إلى لقاء تعارف أول في مقهى اللقاء.",
    ),
    "privacy_text": (
        "Ich bin einverstanden, dass meine Angaben gespeichert und an die Koordination von "
        "„Prohlis ist bunt“ weitergegeben werden, damit sie mich wegen meines Engagements "
        "kontaktieren kann. Die Angaben werden nach einem halben Jahr automatisch gelöscht. "
        "Ich kann meine Einwilligung jederzeit widerrufen.",
        "أوافق على حفظ بياناتي وتمريرها إلى فريق تنسيق شبكة «بروليس ملوّنة» كي يتمكن من "
        "التواصل معي بشأن التطوع. تُحذف البيانات تلقائياً بعد نصف عام. يمكنني سحب موافقتي في "
        "أي وقت.",
    ),
    "thank_you": (
        "Vielen Dank für Ihre Anmeldung! Wir melden uns in den nächsten zwei Wochen bei Ihnen.",
        "شكراً جزيلاً على تسجيلكم! سنتواصل معكم خلال الأسبوعين القادمين.",
    ),
    # (field type, required, autofill, label, help text, choices)
    "fields": [
        ("singleline", True, "name", ("Name", "الاسم"), None, None),
        ("email", True, "email", ("E-Mail-Adresse", "البريد الإلكتروني"), None, None),
        (
            "singleline",
            False,
            "tel",
            ("Telefonnummer", "رقم الهاتف"),
            (
                "Freiwillig – wenn Sie lieber angerufen werden möchten.",
                "اختياري، إذا كنتم تفضّلون أن نتصل بكم هاتفياً.",
            ),
            None,
        ),
        (
            "singleline",
            False,
            "",
            ("Sprachen, die Sie sprechen", "اللغات التي تتحدثونها"),
            (
                "Zum Beispiel Deutsch, Arabisch, Englisch.",
                "مثلاً: الألمانية، العربية، الإنجليزية.",
            ),
            None,
        ),
        (
            "checkboxes",
            True,
            "",
            ("Wobei möchten Sie helfen?", "كيف تودّون المساعدة؟"),
            ("Mehrere Antworten sind möglich.", "يمكنكم اختيار أكثر من إجابة."),
            (
                "Patenschaft\nGesprächsgruppe Deutschtreff\nBegegnungscafé\nWorkshops",
                "المرافقة في الحياة اليومية\nمجموعة المحادثة «لقاء اللغة الألمانية»\n"
                "مقهى اللقاء\nالورش",
            ),
        ),
        (
            "multiline",
            False,
            "",
            ("Ihre Nachricht", "رسالتكم"),
            (
                "Was sollten wir noch wissen? Zum Beispiel, wann Sie Zeit haben.",
                "ما الذي ينبغي أن نعرفه أيضاً؟ مثلاً: متى يتوفر لديكم الوقت.",
            ),
            None,
        ),
    ],
}
