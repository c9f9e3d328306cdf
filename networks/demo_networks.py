"""The demo's networks: each one's page, members, projects and history, as texts
``(de, en, ar, uk)`` like those in :mod:`networks.demo_texts`; facts from the seed
page, wording new."""

from networks.demo_texts import VOLUNTEER_FORM

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
