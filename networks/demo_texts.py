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

NETWORKS = [
    {
        "slug": "prohlis-ist-bunt",
        "topic": "integration",
        "title": (
            "Prohlis ist bunt",
            "Prohlis ist bunt – Prohlis is colourful",
            "شبكة «بروليس ملوّنة»",
            "Prohlis ist bunt – Проліс різнобарвний",
        ),
        "short_description": (
            "Vereine, Einrichtungen, Ortsamt, Quartiersmanagement, Kirchgemeinde und Parteien "
            "setzen sich gemeinsam für ein Willkommensklima für Geflüchtete in Prohlis ein.",
            "Associations, facilities, the district office, the neighbourhood management, the "
            "parish and political parties work together for a welcoming climate for refugees "
            "in Prohlis.",
            "تعمل الجمعيات والمؤسسات ومكتب الحي وإدارة الحي والأبرشية والأحزاب معاً من أجل "
            "أجواء ترحيب باللاجئين في بروليس.",
            "Об'єднання, установи, районна адміністрація, квартальний менеджмент, церковна "
            "громада та партії разом створюють у Пролісі атмосферу гостинності для біженців.",
        ),
        "founded": (2014, "spring", None),
        "website": "https://www.prohlis-ist-bunt.de",
        "members": ["associations", "facilities", "ortsamt", "qm", "parish", "parties"],
        "paragraphs": [
            (
                "Wir wollen unseren Stadtteil gemeinsam mit allen gestalten, die hier wohnen. "
                "Menschen, die bei uns Schutz suchen, sollen willkommen sein und dazugehören – "
                "statt als Problem zu gelten.",
                "We want to shape our district together with everyone who lives here. People "
                "seeking protection should be welcome and belong – not be treated as a problem.",
                "نريد أن نصنع حيّنا مع كل من يسكن فيه. يجب أن يشعر من يطلبون الحماية عندنا "
                "بالترحيب وبأنهم جزء منا، لا أن يُعامَلوا كمشكلة.",
                "Ми хочемо розбудовувати наш район разом з усіма, хто тут живе. Люди, які "
                "шукають у нас захисту, мають почуватися бажаними й своїми, а не проблемою.",
            ),
            (
                "Dafür suchen wir das Gespräch mit allen Beteiligten. Wir lernen voneinander "
                "und sehen Neues als Gewinn für Prohlis.",
                "To that end we talk with everyone involved. We learn from each other and see "
                "new things as a gain for Prohlis.",
                "لذلك نتحاور مع جميع المعنيين. نتعلم من بعضنا البعض ونرى في كل جديد مكسباً لبروليس.",
                "Для цього ми говоримо з усіма, кого це стосується. Ми вчимося одне в одного "
                "і бачимо в новому здобуток для Проліса.",
            ),
        ],
        "projects": [
            (
                (
                    "Deutschtreff",
                    "German conversation group",
                    "لقاء اللغة الألمانية",
                    "Німецька розмовна зустріч",
                ),
                (
                    "Ein offenes Angebot, bei dem Asylsuchende ohne Hürden Deutsch üben.",
                    "An open group where asylum seekers practise German without any hurdles.",
                    "لقاء مفتوح يتدرّب فيه طالبو اللجوء على اللغة الألمانية دون عوائق.",
                    "Відкрита зустріч, де шукачі притулку без жодних перешкод практикують "
                    "німецьку.",
                ),
            ),
            (
                ("Patenschaften", "Mentoring", "برنامج المرافقة", "Наставництво"),
                (
                    "Ehrenamtliche Patinnen und Paten begleiten Asylsuchende im Alltag.",
                    "Volunteer mentors support asylum seekers in everyday life.",
                    "يرافق متطوعون ومتطوعات طالبي اللجوء في حياتهم اليومية.",
                    "Волонтери-наставники супроводжують шукачів притулку в повсякденному житті.",
                ),
            ),
            (
                ("Begegnungscafé", "Meeting café", "مقهى اللقاء", "Кафе зустрічей"),
                (
                    "Jeden Montag von 15:00 bis 17:30 Uhr – zum Kennenlernen bei Kaffee und Tee.",
                    "Every Monday from 15:00 to 17:30 – getting to know each other over coffee "
                    "and tea.",
                    "كل يوم اثنين من الساعة 15:00 حتى 17:30، للتعارف على فنجان قهوة أو شاي.",
                    "Щопонеділка з 15:00 до 17:30 – знайомство за кавою та чаєм.",
                ),
            ),
            (
                ("Kulturelle Aktionen", "Cultural activities", "أنشطة ثقافية", "Культурні заходи"),
                (
                    "Theater- und Tanzworkshops, Familientreffen sowie Feste und Feiern.",
                    "Theatre and dance workshops, family meet-ups, festivals and celebrations.",
                    "ورش مسرح ورقص ولقاءات عائلية واحتفالات وأعياد.",
                    "Театральні й танцювальні майстерні, сімейні зустрічі, свята й урочистості.",
                ),
            ),
        ],
        "volunteers": {
            "title": (
                "Patinnen und Paten gesucht",
                "Volunteer mentors wanted",
                "نبحث عن متطوعين ومتطوعات للمرافقة",
                "Шукаємо наставників",
            ),
            "wanted": (
                "Menschen, die Geflüchtete unterstützen möchten, die hier in Prohlis in "
                "eigenen Wohnungen leben.",
                "People who would like to support refugees living in their own flats here "
                "in Prohlis.",
                "أشخاص يرغبون في دعم اللاجئين الذين يسكنون في شقق خاصة بهم هنا في بروليس.",
                "Люди, які хочуть підтримати біженців, що живуть у власних квартирах тут, "
                "у Пролісі.",
            ),
            "tasks": (
                "Bei kleinen Fragen des Alltags helfen, gemeinsam etwas unternehmen und "
                "Kontakte zur Nachbarschaft knüpfen.",
                "Help with small everyday questions, do things together and make contacts "
                "with the neighbours.",
                "المساعدة في أمور الحياة اليومية الصغيرة، والقيام بأنشطة مشتركة، وبناء "
                "علاقات مع الجيران.",
                "Допомагати з дрібними побутовими питаннями, разом проводити час і "
                "знайомити із сусідами.",
            ),
            "how_to_join": (
                "Kommen Sie montags ins Begegnungscafé oder schreiben Sie uns über unsere Website.",
                "Drop in at the meeting café on a Monday or write to us via our website.",
                "تعالوا إلى مقهى اللقاء يوم الاثنين أو راسلونا عبر موقعنا الإلكتروني.",
                "Приходьте в понеділок до кафе зустрічей або напишіть нам через наш вебсайт.",
            ),
            "url": "https://www.prohlis-ist-bunt.de",
        },
        "volunteer_form": VOLUNTEER_FORM,
        "timeline": [
            (
                (2014, "spring", None),
                (
                    "Das Netzwerk gründet sich.",
                    "The network is founded.",
                    "تأسيس الشبكة.",
                    "Засновано мережу.",
                ),
            ),
            (
                (2014, "autumn", None),
                (
                    "Beginn der intensiven Unterstützung für Geflüchtete.",
                    "Intensive support for refugees begins.",
                    "بداية الدعم المكثّف للاجئين.",
                    "Початок активної підтримки біженців.",
                ),
            ),
        ],
    },
    {
        "slug": "stadtteilrunde-prohlis",
        "topic": "children",
        "title": (
            "Stadtteilrunde Prohlis",
            "Prohlis district round table",
            "الطاولة المستديرة لحي بروليس",
            "Районний круглий стіл Проліса",
        ),
        "short_description": (
            "Die Vernetzung aller Träger der Kinder- und Jugendhilfe, Schulen und Kitas im "
            "Ortsamtsbereich Prohlis.",
            "The network of all child and youth welfare providers, schools and day-care "
            "centres in the Prohlis district office area.",
            "شبكة تضم جميع جهات رعاية الأطفال والشباب والمدارس ورياض الأطفال في نطاق مكتب "
            "حي بروليس.",
            "Об'єднання всіх організацій допомоги дітям і молоді, шкіл і дитсадків у районі "
            "Проліс.",
        ),
        "members": ["qm", "youth", "schools", "kitas"],
        "paragraphs": [
            (
                "Das Quartiersmanagement gehört der Stadtteilrunde als Mitglied an. Hier "
                "stimmen sich alle ab, die im Ortsamtsbereich mit Kindern und Jugendlichen "
                "arbeiten.",
                "The neighbourhood management is a member of the round table. Here everyone "
                "who works with children and young people in the district office area "
                "coordinates their work.",
                "إدارة الحي عضو في الطاولة المستديرة. هنا ينسّق جميع العاملين مع الأطفال "
                "والشباب في نطاق مكتب الحي عملهم.",
                "Квартальний менеджмент є членом круглого столу. Тут узгоджують свою роботу "
                "всі, хто працює з дітьми та молоддю в районі.",
            ),
        ],
    },
    {
        "slug": "vernetzungstreffen",
        "topic": "neighbourhood",
        "title": (
            "Vernetzungstreffen",
            "Networking meeting",
            "لقاء التشبيك",
            "Зустріч для налагодження зв'язків",
        ),
        "short_description": (
            "Seit 2010 lernen sich Vereine und Initiativen kennen, arbeiten zusammen und "
            "teilen ihre Ressourcen.",
            "Since 2010 associations and initiatives have been getting to know each other, "
            "working together and sharing resources.",
            "منذ عام 2010 تتعارف الجمعيات والمبادرات وتتعاون وتتشارك مواردها.",
            "Від 2010 року об'єднання та ініціативи знайомляться, співпрацюють і діляться "
            "ресурсами.",
        ),
        "founded": (2010, None, 4),
        "members": ["associations", "qm"],
        "paragraphs": [
            (
                "Im April 2010 trafen sich die Vereine und Initiativen des Stadtteils zum "
                "ersten Mal. Das Ziel: besser zusammenarbeiten – und dafür zuerst einander "
                "kennenlernen.",
                "In April 2010 the district's associations and initiatives met for the first "
                "time. The aim: to work together better – and to get to know each other first.",
                "في أبريل 2010 التقت جمعيات الحي ومبادراته لأول مرة. كان الهدف تحسين التعاون، "
                "وذلك بالتعارف أولاً.",
                "У квітні 2010 року об'єднання та ініціативи району вперше зібралися разом. "
                "Мета: краще співпрацювати, а для цього спершу познайомитися.",
            ),
            (
                "Wer sich kennt und miteinander gesprochen hat, startet leichter gemeinsame "
                "Projekte. Aus den Treffen ist ein stabiles Netzwerk gewachsen, das viele "
                "gemeinsame Aktivitäten möglich macht und Ressourcen im Stadtteil teilt.",
                "People who know each other and have talked start joint projects more easily. "
                "The meetings have grown into a stable network that makes many joint "
                "activities possible and shares resources in the district.",
                "من يعرف الآخرين وتحدّث معهم يبدأ المشاريع المشتركة بسهولة أكبر. نمت من هذه "
                "اللقاءات شبكة مستقرة تتيح أنشطة مشتركة كثيرة وتقاسم الموارد في الحي.",
                "Тим, хто знає одне одного й уже спілкувався, легше починати спільні проєкти. "
                "Із зустрічей виросла стабільна мережа, що уможливлює багато спільних заходів "
                "і обмін ресурсами в районі.",
            ),
        ],
        "timeline": [
            (
                (2010, None, 4),
                (
                    "Erstes Vernetzungstreffen der Vereine und Initiativen",
                    "First networking meeting of associations and initiatives",
                    "أول لقاء تشبيك للجمعيات والمبادرات",
                    "Перша зустріч об'єднань та ініціатив",
                ),
            ),
        ],
    },
    {
        "slug": "kinet-und-kita-netzwerk",
        "topic": "children",
        "title": (
            "KINET und Kita-Netzwerk",
            "KINET and the day-care network",
            "KINET وشبكة رياض الأطفال",
            "KINET і мережа дитсадків",
        ),
        "short_description": (
            "Die fünf Kitas im Gebiet und das Quartiersmanagement tauschten sich aus; heute "
            "führt das Programm KiNet der Stadt Dresden die Arbeit fort.",
            "The five day-care centres in the area and the neighbourhood management worked "
            "together; today the City of Dresden's KiNet programme carries on the work.",
            "تبادلت رياض الأطفال الخمس في المنطقة وإدارة الحي الخبرات، واليوم يواصل برنامج "
            "KiNet التابع لمدينة دريسدن هذا العمل.",
            "П'ять дитсадків району та квартальний менеджмент обмінювалися досвідом; сьогодні "
            "цю роботу продовжує програма KiNet міста Дрезден.",
        ),
        "status": "continued_elsewhere",
        "successor_name": (
            "KiNet – Landeshauptstadt Dresden",
            "KiNet – City of Dresden",
            "KiNet – مدينة دريسدن",
            "KiNet – місто Дрезден",
        ),
        "successor_note": (
            "Das Netzwerk wurde in das Programm KiNet der Landeshauptstadt Dresden überführt.",
            "The network was transferred to the KiNet programme of the City of Dresden.",
            "نُقلت الشبكة إلى برنامج KiNet التابع لمدينة دريسدن.",
            "Мережу передано до програми KiNet міста Дрезден.",
        ),
        "members": ["kitas", "qm"],
        "paragraphs": [
            (
                "Nach gut einem Jahr Pause lebte das Kita-Netzwerk im Frühjahr 2011 wieder "
                "auf. Die fünf Kindertageseinrichtungen im Gebiet und das "
                "Quartiersmanagement arbeiteten enger zusammen.",
                "After a break of just over a year, the day-care network came back to life in "
                "spring 2011. The five day-care centres in the area and the neighbourhood "
                "management worked more closely together.",
                "بعد توقف دام أكثر من عام بقليل، عادت شبكة رياض الأطفال إلى النشاط في ربيع "
                "2011، وتعاونت رياض الأطفال الخمس في المنطقة مع إدارة الحي بشكل أوثق.",
                "Після понад річної перерви мережа дитсадків відновилася навесні 2011 року. "
                "П'ять дитсадків району та квартальний менеджмент почали тісніше співпрацювати.",
            ),
            (
                "Bei Besuchen lernten die Kitas die sozialen Einrichtungen und Beratungsstellen "
                "in Prohlis kennen. Gemeinsame Projekte und Probleme wurden geplant und "
                "besprochen.",
                "On visits, the day-care centres got to know the social facilities and advice "
                "centres in Prohlis. Joint projects and problems were planned and discussed.",
                "تعرّفت رياض الأطفال خلال زيارات على المؤسسات الاجتماعية ومراكز الاستشارة في "
                "بروليس، وخُطّط لمشاريع مشتركة ونوقشت المشكلات.",
                "Під час візитів дитсадки знайомилися із соціальними установами та "
                "консультаційними центрами Проліса. Спільно планували проєкти й обговорювали "
                "проблеми.",
            ),
        ],
        "timeline": [
            (
                (2011, "spring", None),
                (
                    "Das Kita-Netzwerk wird nach einer Pause wiederbelebt.",
                    "The day-care network is revived after a break.",
                    "إحياء شبكة رياض الأطفال بعد فترة توقف.",
                    "Мережу дитсадків відновлено після перерви.",
                ),
            ),
        ],
    },
    {
        "slug": "lag-quartiersmanagement-sachsen",
        "topic": "professionals",
        "title": (
            "LAG Quartiersmanagement und Gemeinwesenarbeit Sachsen e.V.",
            "LAG Neighbourhood Management and Community Work Saxony",
            "رابطة إدارة الأحياء والعمل المجتمعي في ساكسونيا",
            "LAG – квартальний менеджмент і громадська робота в Саксонії",
        ),
        "short_description": (
            "Ein landesweites Forum für Quartiersmanagerinnen und -manager und für Projekte "
            "der Gemeinwesenarbeit in Sachsen.",
            "A state-wide forum for neighbourhood managers and community work projects in Saxony.",
            "منتدى على مستوى الولاية لمديري الأحياء ومشاريع العمل المجتمعي في ساكسونيا.",
            "Форум для квартальних менеджерів і проєктів громадської роботи по всій Саксонії.",
        ),
        "members": ["kem", "qm"],
        "paragraphs": [
            (
                "Die KEM Kommunalentwicklung Mitteldeutschland GmbH und mit ihr das "
                "Quartiersmanagement Prohlis nehmen an den Arbeitstreffen und Debatten der "
                "LAG teil.",
                "KEM Kommunalentwicklung Mitteldeutschland GmbH, and with it the Prohlis "
                "neighbourhood management, takes part in the LAG's working meetings and "
                "debates.",
                "تشارك شركة KEM Kommunalentwicklung Mitteldeutschland GmbH، ومعها إدارة حي "
                "بروليس، في اجتماعات عمل الرابطة ونقاشاتها.",
                "KEM Kommunalentwicklung Mitteldeutschland GmbH, а разом із нею і квартальний "
                "менеджмент Проліса, бере участь у робочих зустрічах і дискусіях LAG.",
            ),
            (
                "Die LAG versteht sich als fachübergreifendes Gremium: Sie bringt Menschen "
                "aus verschiedenen Disziplinen zusammen und macht gelungene Beispiele aus der "
                "Praxis bekannt.",
                "The LAG sees itself as an interdisciplinary body: it brings people from "
                "different fields together and shares good examples from practice.",
                "ترى الرابطة نفسها هيئة متعددة التخصصات، فهي تجمع أشخاصاً من مجالات مختلفة "
                "وتعرّف بأمثلة ناجحة من الممارسة.",
                "LAG є міждисциплінарним об'єднанням: воно збирає людей з різних сфер і "
                "поширює вдалі приклади з практики.",
            ),
        ],
    },
]
