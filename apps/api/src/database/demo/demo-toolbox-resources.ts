import type { Audience, ResourceKind } from '../../modules/resources/resource.entity';

/**
 * The demo toolbox. The 12 ways of collaboration (written for this project) in English and
 * Latvian: what it is, how to start, what the school does, what the company does, pitfalls, an example.
 */
type Way = { en: string[]; lv: string[]; titles: { en: string; lv: string; et: string; lt: string } };

export const WAY_HEADINGS = {
  en: ['What it is', 'How to start', 'What the school does', 'What the company does', 'Pitfalls', 'An example'],
  lv: ['Kas tas ir', 'Kā sākt', 'Ko dara skola', 'Ko dara uzņēmums', 'Riski', 'Piemērs'],
};

export const TWELVE_WAYS: Way[] = [
  {
    titles: { en: 'Work placements', lv: 'Prakses vietas', et: 'Praktikakohad', lt: 'Praktikos vietos' },
    en: [
      'Learners spend a planned period in a company doing real work that matches the learning outcomes of a module.',
      'Agree the dates, the tasks and the tutor at the company a month before the placement starts.',
      'Prepares the learner, signs the placement agreement and visits the company at least once.',
      'Names a tutor, plans real tasks, gives feedback every week and takes part in the assessment.',
      'Tasks that are only cleaning or watching; no named tutor; no visit from the school.',
      'A Valmiera school sends second-year welders for eight weeks to a local metal works with a shared task list.',
    ],
    lv: [
      'Izglītojamie plānotu laiku pavada uzņēmumā, veicot reālu darbu, kas atbilst moduļa mācīšanās rezultātiem.',
      'Mēnesi pirms prakses vienojieties par datumiem, uzdevumiem un prakses vadītāju uzņēmumā.',
      'Sagatavo izglītojamo, paraksta prakses līgumu un vismaz reizi apmeklē uzņēmumu.',
      'Norīko prakses vadītāju, plāno reālus uzdevumus, katru nedēļu sniedz atgriezenisko saiti un piedalās vērtēšanā.',
      'Uzdevumi ir tikai uzkopšana vai vērošana; nav norīkota prakses vadītāja; skola neierodas.',
      'Valmieras skola otrā kursa metinātājus uz astoņām nedēļām sūta uz vietējo metālapstrādes uzņēmumu ar kopīgu uzdevumu sarakstu.',
    ],
  },
  {
    titles: {
      en: 'Apprenticeship contracts',
      lv: 'Māceklības līgumi',
      et: 'Õpipoisiõppe lepingud',
      lt: 'Pameistrystės sutartys',
    },
    en: [
      'The learner is employed by the company and learns most of the programme at the workplace.',
      'Choose one occupation where the company needs people and check the national rules for apprenticeship.',
      'Adapts the curriculum, teaches the theory in blocks and assesses the learning outcomes.',
      'Employs and pays the apprentice, trains them at work and releases them for school days.',
      'A contract without a training plan; a tutor with no time; no agreement on assessment.',
      'A Kaunas building company employs four apprentice bricklayers who study at school one week a month.',
    ],
    lv: [
      'Izglītojamais ir uzņēmuma darbinieks un lielāko programmas daļu apgūst darba vietā.',
      'Izvēlieties vienu profesiju, kurā uzņēmumam vajag darbiniekus, un pārbaudiet valsts noteikumus par māceklību.',
      'Pielāgo mācību programmu, māca teoriju blokos un novērtē mācīšanās rezultātus.',
      'Nodarbina un atalgo mācekli, māca darbā un atbrīvo skolas dienām.',
      'Līgums bez apmācības plāna; prakses vadītājam nav laika; nav vienošanās par vērtēšanu.',
      'Kauņas būvuzņēmums nodarbina četrus mūrnieku mācekļus, kuri vienu nedēļu mēnesī mācās skolā.',
    ],
  },
  {
    titles: {
      en: 'Training company tutors together',
      lv: 'Kopīga uzņēmumu prakses vadītāju apmācība',
      et: 'Ettevõtete juhendajate ühine koolitus',
      lt: 'Bendras įmonių praktikos vadovų mokymas',
    },
    en: [
      'The school and companies train their tutors together, in tandems of a school tutor and a company tutor.',
      'Invite the tutors of your current placements to a first half-day workshop.',
      'Offers the venue, the trainer and the materials, and counts the hours for the tutors’ certificates.',
      'Releases the tutor for the training and lets them try the new methods with a learner.',
      'Training that is only lectures; dates during the busy season; no follow-up.',
      'Tallinn tandems met three times a year and each pair planned one learner’s placement together.',
    ],
    lv: [
      'Skola un uzņēmumi kopā apmāca savus prakses vadītājus — tandēmos pa skolas un uzņēmuma prakses vadītājam.',
      'Uzaiciniet pašreizējo prakšu vadītājus uz pirmo pusdienas semināru.',
      'Nodrošina telpas, apmācītāju un materiālus un uzskaita stundas prakses vadītāju sertifikātiem.',
      'Atbrīvo prakses vadītāju apmācībām un ļauj izmēģināt jaunās metodes ar izglītojamo.',
      'Apmācības ir tikai lekcijas; datumi sezonas kulminācijā; nav turpinājuma.',
      'Tallinas tandēmi tikās trīs reizes gadā, un katrs pāris kopā plānoja viena izglītojamā praksi.',
    ],
  },
  {
    titles: {
      en: 'Teachers’ placements in companies',
      lv: 'Skolotāju prakse uzņēmumos',
      et: 'Õpetajate praktika ettevõtetes',
      lt: 'Mokytojų stažuotės įmonėse',
    },
    en: [
      'Vocational teachers work in a company for a few days or weeks to update their knowledge of current practice.',
      'Ask a partner company which new technology or process a teacher could learn there.',
      'Plans the teacher’s time, replaces their lessons and uses what they learned in the curriculum.',
      'Hosts the teacher, shows new equipment and methods and names a contact person.',
      'A visit without a goal; nothing changes in teaching afterwards.',
      'A Riga ICT teacher spent two weeks with a software company’s test team and rewrote the testing module.',
    ],
    lv: [
      'Profesionālo priekšmetu skolotāji dažas dienas vai nedēļas strādā uzņēmumā, lai atjaunotu zināšanas par mūsdienu praksi.',
      'Pajautājiet sadarbības uzņēmumam, kuru jaunu tehnoloģiju vai procesu skolotājs tur varētu apgūt.',
      'Plāno skolotāja laiku, aizvieto stundas un izmanto apgūto mācību programmā.',
      'Uzņem skolotāju, parāda jaunās iekārtas un metodes un norīko kontaktpersonu.',
      'Vizīte bez mērķa; pēc tam mācīšanā nekas nemainās.',
      'Rīgas IKT skolotājs divas nedēļas pavadīja programmatūras uzņēmuma testēšanas komandā un pārrakstīja testēšanas moduli.',
    ],
  },
  {
    titles: {
      en: 'Guest experts in lessons',
      lv: 'Nozares eksperti stundās',
      et: 'Külalisesinejad tundides',
      lt: 'Kviestiniai ekspertai pamokose',
    },
    en: [
      'Specialists from companies teach a lesson or a workshop at school about their daily work.',
      'Prepare a list of topics where learners lack a view of real work and ask alumni first.',
      'Agrees the topic and the time, prepares the learners and thanks the expert publicly.',
      'Sends a specialist who can explain the work and brings real examples or tools.',
      'A sales presentation instead of a lesson; a topic that does not fit the module.',
      'An electrician from a Tartu company shows the learners how a real installation is inspected.',
    ],
    lv: [
      'Uzņēmumu speciālisti skolā vada stundu vai darbnīcu par savu ikdienas darbu.',
      'Sagatavojiet tēmu sarakstu, kurās izglītojamiem trūkst priekšstata par reālo darbu, un vispirms uzrunājiet absolventus.',
      'Vienojas par tēmu un laiku, sagatavo izglītojamos un publiski pateicas ekspertam.',
      'Nosūta speciālistu, kas prot izskaidrot darbu un atnes reālus piemērus vai instrumentus.',
      'Reklāmas prezentācija stundas vietā; tēma neatbilst modulim.',
      'Tartu uzņēmuma elektriķis parāda, kā tiek pārbaudīta reāla elektroinstalācija.',
    ],
  },
  {
    titles: {
      en: 'Developing the curriculum together',
      lv: 'Kopīga mācību programmu izstrāde',
      et: 'Õppekava ühine arendamine',
      lt: 'Bendras mokymo programų rengimas',
    },
    en: [
      'Employers help to decide what a programme teaches, so that it matches the skills the labour market needs.',
      'Send the module descriptions to three employers and ask what is missing and what is outdated.',
      'Leads the work, explains the occupational standard and writes the changes into the curriculum.',
      'Names the skills that matter now and in five years and comments on drafts.',
      'Asking too late; long documents nobody reads; feedback that is never answered.',
      'In Lithuania a school and four companies added a module on building information modelling.',
    ],
    lv: [
      'Darba devēji palīdz izlemt, ko programma māca, lai tā atbilstu darba tirgum vajadzīgajām prasmēm.',
      'Nosūtiet moduļu aprakstus trim darba devējiem un pajautājiet, kā trūkst un kas ir novecojis.',
      'Vada darbu, izskaidro profesijas standartu un ieraksta izmaiņas mācību programmā.',
      'Nosauc prasmes, kas svarīgas tagad un pēc pieciem gadiem, un komentē melnrakstus.',
      'Jautā par vēlu; gari dokumenti, kurus neviens nelasa; atsauksmes, uz kurām neatbild.',
      'Lietuvā skola un četri uzņēmumi pievienoja moduli par būvniecības informācijas modelēšanu.',
    ],
  },
  {
    titles: { en: 'Assessing together', lv: 'Kopīga vērtēšana', et: 'Ühine hindamine', lt: 'Bendras vertinimas' },
    en: [
      'Company representatives take part in the assessment of learners, for example in the final examination.',
      'Agree the assessment criteria with the company before the placement starts.',
      'Prepares the criteria and forms, trains the assessors and keeps the records.',
      'Sends an assessor, observes the learner’s work and gives a reasoned score.',
      'Criteria that the company never saw; assessors who judge only speed.',
      'Estonian professional examinations are held in a company workshop with a master from the sector.',
    ],
    lv: [
      'Uzņēmumu pārstāvji piedalās izglītojamo vērtēšanā, piemēram, noslēguma eksāmenā.',
      'Pirms prakses sākuma vienojieties ar uzņēmumu par vērtēšanas kritērijiem.',
      'Sagatavo kritērijus un veidlapas, apmāca vērtētājus un glabā dokumentus.',
      'Nosūta vērtētāju, vēro izglītojamā darbu un sniedz pamatotu vērtējumu.',
      'Kritēriji, kurus uzņēmums nekad nav redzējis; vērtētāji, kas vērtē tikai ātrumu.',
      'Igaunijā profesionālās kvalifikācijas eksāmeni notiek uzņēmuma darbnīcā kopā ar nozares meistaru.',
    ],
  },
  {
    titles: { en: 'Company visits', lv: 'Uzņēmumu apmeklējumi', et: 'Ettevõttekülastused', lt: 'Įmonių lankymas' },
    en: [
      'Groups of learners visit a company to see the work, the equipment and the people of an occupation.',
      'Give the learners three questions to answer during the visit.',
      'Organises the transport, prepares the questions and discusses the answers afterwards.',
      'Shows the real work, lets learners talk to young employees and explains the safety rules.',
      'Too large groups; a visit with no connection to lessons.',
      'First-year learners in Liepāja visit a shipyard before they choose their specialisation.',
    ],
    lv: [
      'Izglītojamo grupas apmeklē uzņēmumu, lai redzētu profesijas darbu, iekārtas un cilvēkus.',
      'Iedodiet izglītojamiem trīs jautājumus, uz kuriem atbildēt apmeklējuma laikā.',
      'Organizē transportu, sagatavo jautājumus un pēc tam pārrunā atbildes.',
      'Parāda reālo darbu, ļauj runāt ar jaunajiem darbiniekiem un izskaidro drošības noteikumus.',
      'Pārāk lielas grupas; apmeklējums bez saiknes ar stundām.',
      'Liepājas pirmā kursa izglītojamie pirms specializācijas izvēles apmeklē kuģu būvētavu.',
    ],
  },
  {
    titles: {
      en: 'Real projects for learners',
      lv: 'Reāli projekti izglītojamiem',
      et: 'Päris projektid õppijatele',
      lt: 'Tikri projektai besimokantiesiems',
    },
    en: [
      'A company gives learners a real task, such as a small building, a website or a repair, with a real deadline.',
      'Pick a task that is useful to the company but not urgent, and small enough for one term.',
      'Fits the project into the modules, guides the learners and checks quality and safety.',
      'Describes the task, answers questions and accepts the result like a customer.',
      'A task that is too big; unclear responsibility if the result fails.',
      'ICT learners in Vilnius built the booking page of a local sports club.',
    ],
    lv: [
      'Uzņēmums izglītojamiem dod reālu uzdevumu, piemēram, nelielu būvi, tīmekļa vietni vai remontu, ar reālu termiņu.',
      'Izvēlieties uzdevumu, kas uzņēmumam ir noderīgs, bet nav steidzams un ir pietiekami mazs vienam semestrim.',
      'Iekļauj projektu moduļos, vada izglītojamos un pārbauda kvalitāti un drošību.',
      'Apraksta uzdevumu, atbild uz jautājumiem un pieņem rezultātu kā klients.',
      'Pārāk liels uzdevums; neskaidra atbildība, ja rezultāts neizdodas.',
      'Viļņas IKT izglītojamie izveidoja vietējā sporta kluba pieteikšanās lapu.',
    ],
  },
  {
    titles: {
      en: 'Sharing equipment and workshops',
      lv: 'Kopīgas iekārtas un darbnīcas',
      et: 'Seadmete ja töökodade jagamine',
      lt: 'Bendra įranga ir dirbtuvės',
    },
    en: [
      'Schools and companies use each other’s equipment and workshops for training.',
      'List the equipment each side has and when it is free.',
      'Opens its workshops for company training and keeps them safe and maintained.',
      'Lets learners train on modern machines and shares the cost of materials.',
      'No agreement on damage and insurance; no one responsible for the schedule.',
      'A Pärnu school trains company staff on its CNC machines in the evenings.',
    ],
    lv: [
      'Skolas un uzņēmumi apmācībām izmanto cits cita iekārtas un darbnīcas.',
      'Sastādiet sarakstu, kādas iekārtas ir katrai pusei un kad tās ir brīvas.',
      'Atver savas darbnīcas uzņēmumu apmācībām un rūpējas par to drošību un apkopi.',
      'Ļauj izglītojamiem mācīties uz modernām iekārtām un dala materiālu izmaksas.',
      'Nav vienošanās par bojājumiem un apdrošināšanu; neviens neatbild par grafiku.',
      'Pērnavas skola vakaros apmāca uzņēmumu darbiniekus uz savām CNC iekārtām.',
    ],
  },
  {
    titles: {
      en: 'Advisory boards of employers',
      lv: 'Darba devēju konsultatīvās padomes',
      et: 'Tööandjate nõukojad',
      lt: 'Darbdavių patariamosios tarybos',
    },
    en: [
      'A group of employers and social partners meets the school regularly to advise on its direction.',
      'Invite five employers of different sizes to a first meeting with a short agenda.',
      'Prepares the agenda and data, reports what was done with earlier advice.',
      'Shares news of the sector, names needs for skills and opens doors to other companies.',
      'Meetings that only inform; always the same large companies.',
      'A Latvian construction college meets its board twice a year and publishes the decisions.',
    ],
    lv: [
      'Darba devēju un sociālo partneru grupa regulāri tiekas ar skolu un konsultē par tās attīstību.',
      'Uzaiciniet piecus dažāda lieluma darba devējus uz pirmo sanāksmi ar īsu darba kārtību.',
      'Sagatavo darba kārtību un datus, ziņo, kas izdarīts pēc iepriekšējiem ieteikumiem.',
      'Dalās ar nozares jaunumiem, nosauc vajadzīgās prasmes un palīdz uzrunāt citus uzņēmumus.',
      'Sanāksmes, kurās tikai informē; vienmēr tie paši lielie uzņēmumi.',
      'Latvijas būvniecības koledža ar savu padomi tiekas divreiz gadā un publicē lēmumus.',
    ],
  },
  {
    titles: {
      en: 'Career days and job fairs',
      lv: 'Karjeras dienas un darba gadatirgi',
      et: 'Karjääripäevad ja töömessid',
      lt: 'Karjeros dienos ir darbo mugės',
    },
    en: [
      'Companies meet learners at school to present occupations, placements and jobs.',
      'Fix one date a year and invite the companies that host your placements.',
      'Organises the day, prepares the learners with CVs and questions and collects the offers.',
      'Presents the work honestly, offers placements and talks with learners and parents.',
      'Only stands and leaflets; learners who come unprepared.',
      'A Klaipėda school’s career day led to twenty new placement offers in one afternoon.',
    ],
    lv: [
      'Uzņēmumi skolā tiekas ar izglītojamiem, lai iepazīstinātu ar profesijām, prakses vietām un darbu.',
      'Nosakiet vienu datumu gadā un uzaiciniet uzņēmumus, kuros notiek jūsu prakses.',
      'Organizē dienu, sagatavo izglītojamos ar CV un jautājumiem un apkopo piedāvājumus.',
      'Godīgi parāda darbu, piedāvā prakses vietas un runā ar izglītojamiem un vecākiem.',
      'Tikai stendi un bukleti; izglītojamie ierodas nesagatavoti.',
      'Klaipēdas skolas karjeras dienā vienā pēcpusdienā tika piedāvātas divdesmit jaunas prakses vietas.',
    ],
  },
];

/** The working safety handbook: [en title, lt title, lv title, et title, en text, lt text]. */
export const SAFETY_CHAPTERS: [string, string, string, string, string, string][] = [
  [
    'The first day on site',
    'Pirmoji diena statybvietėje',
    'Pirmā diena būvlaukumā',
    'Esimene päev ehitusplatsil',
    'Before the learner starts any work, the tutor shows the site, the exits, the first aid kit and the fire extinguishers, and gives the safety briefing. The learner signs that they understood it.',
    'Prieš pradedant bet kokį darbą, praktikos vadovas parodo statybvietę, išėjimus, pirmosios pagalbos vaistinėlę ir gesintuvus bei praveda saugos instruktažą. Besimokantysis pasirašo, kad jį suprato.',
  ],
  [
    'Personal protective equipment',
    'Asmeninės apsaugos priemonės',
    'Individuālie aizsardzības līdzekļi',
    'Isikukaitsevahendid',
    'A safety helmet, safety footwear and a high-visibility vest are worn at all times on site. Hearing protection, goggles and gloves are worn for the tasks that need them. The company provides them; the tutor checks they fit.',
    'Statybvietėje visada dėvimas apsauginis šalmas, apsauginė avalynė ir ryškiaspalvė liemenė. Klausos apsaugos priemonės, akiniai ir pirštinės naudojami tada, kai to reikia darbui. Jas suteikia įmonė; praktikos vadovas patikrina, ar jos tinka.',
  ],
  [
    'Working at height',
    'Darbas aukštyje',
    'Darbs augstumā',
    'Kõrgustöö',
    'Learners work on scaffolding or ladders only after training and only with fall protection. The tutor inspects the scaffolding every day before use. Nobody works at height alone.',
    'Besimokantieji dirba ant pastolių ar kopėčių tik po mokymo ir tik su apsauga nuo kritimo. Praktikos vadovas kasdien prieš naudojimą patikrina pastolius. Niekas nedirba aukštyje vienas.',
  ],
  [
    'When an accident happens',
    'Kai įvyksta nelaimingas atsitikimas',
    'Kad notiek nelaimes gadījums',
    'Kui juhtub õnnetus',
    'Stop the work, make the place safe, give first aid and call 112. Then tell the site manager and the school. Every accident and near miss is written down and discussed with the learner.',
    'Sustabdykite darbą, padarykite vietą saugią, suteikite pirmąją pagalbą ir skambinkite 112. Tada praneškite darbų vadovui ir mokyklai. Kiekvienas nelaimingas atsitikimas ir beveik įvykęs įvykis užrašomas ir aptariamas su besimokančiuoju.',
  ],
];

export interface DemoResource {
  kind: ResourceKind;
  countryCode: string | null;
  title: Partial<Record<string, string>>;
  summary: Partial<Record<string, string>>;
  audience: Audience[];
  body?: Partial<Record<string, string>>;
  url?: string;
  licence: string;
  source: string;
  author: string;
  downloads: number;
}

export const OTHER_RESOURCES: DemoResource[] = [
  {
    kind: 'MANUAL',
    countryCode: null,
    title: {
      en: 'Manual for journeyman travelling',
      et: 'Rännuaasta käsiraamat',
      lv: 'Zeļļu ceļojumu rokasgrāmata',
      lt: 'Keliaujančio pameistrio vadovas',
    },
    summary: {
      en: 'How a young craftsperson plans a period of work in other Baltic Sea countries.',
      lv: 'Kā jauns amatnieks plāno darba periodu citās Baltijas jūras valstīs.',
    },
    audience: ['SCHOOL_TUTOR', 'COMPANY_TUTOR'],
    body: {
      en: 'Journeyman travelling is a period of work and learning abroad after the apprenticeship. This manual covers finding a host, insurance, the learning agreement and recognition at home.',
    },
    licence: 'CC BY 4.0',
    source: 'HansaVET network',
    author: 'HansaVET partners',
    downloads: 41,
  },
  {
    kind: 'GUIDE',
    countryCode: null,
    title: {
      en: 'Using ECVET in mobilities',
      et: 'ECVET-i kasutamine liikuvuses',
      lv: 'ECVET izmantošana mobilitātē',
      lt: 'ECVET taikymas judumui',
      ru: 'Использование ECVET в мобильности',
    },
    summary: {
      en: 'Learning agreements, units of learning outcomes and recognition, step by step.',
      ru: 'Соглашения об обучении, единицы результатов обучения и признание — шаг за шагом.',
    },
    audience: ['COORDINATOR', 'SCHOOL_TUTOR'],
    body: {
      en: 'Describe the unit of learning outcomes, agree it with the host in a learning agreement, assess it abroad and recognise it at home.',
      ru: 'Опишите единицу результатов обучения, согласуйте её с принимающей стороной, оцените за рубежом и признайте дома.',
    },
    licence: 'CC BY 4.0',
    source: 'ConEct project',
    author: 'ConEct partners',
    downloads: 57,
  },
  {
    kind: 'TEMPLATE',
    countryCode: 'EE',
    title: { en: 'Placement agreement template', et: 'Praktikalepingu vorm', lv: 'Prakses līguma veidne' },
    summary: {
      en: 'The three-party agreement between school, company and learner.',
      et: 'Kooli, ettevõtte ja õppija kolmepoolne leping.',
    },
    audience: ['SCHOOL_TUTOR', 'COMPANY_TUTOR'],
    body: {
      en: 'Parties. Dates and working hours. Tasks and learning outcomes. Tutor at the company. Assessment. Safety. Signatures.',
      et: 'Pooled. Kuupäevad ja tööaeg. Ülesanded ja õpiväljundid. Ettevõtte juhendaja. Hindamine. Ohutus. Allkirjad.',
    },
    licence: 'CC0',
    source: 'Tandem programme',
    author: 'Coordinator EE',
    downloads: 88,
  },
  {
    kind: 'CHECKLIST',
    countryCode: 'LV',
    title: {
      en: 'Checklist for the learner’s first week',
      lv: 'Kontrolsaraksts izglītojamā pirmajai nedēļai',
      et: 'Õppija esimese nädala kontrollnimekiri',
    },
    summary: {
      en: 'Ten things a company tutor does in the first week.',
      lv: 'Desmit lietas, ko uzņēmuma prakses vadītājs dara pirmajā nedēļā.',
    },
    audience: ['COMPANY_TUTOR'],
    body: {
      en: 'Welcome. Tour. Safety briefing. Protective equipment. Introduce the team. First task. Daily check-in. Learning diary. Call with the school. Feedback on Friday.',
      lv: 'Sagaidīšana. Ekskursija. Darba aizsardzības instruktāža. Aizsardzības līdzekļi. Iepazīstināšana ar komandu. Pirmais uzdevums. Ikdienas saruna. Mācību dienasgrāmata. Zvans skolai. Atgriezeniskā saite piektdienā.',
    },
    licence: 'CC BY 4.0',
    source: 'Tandem programme',
    author: 'Trainer LV',
    downloads: 120,
  },
  {
    kind: 'VIDEO',
    countryCode: null,
    title: {
      en: 'Giving feedback to an apprentice (video)',
      et: 'Tagasiside andmine õpipoisile (video)',
      lv: 'Atgriezeniskā saite māceklim (video)',
      lt: 'Grįžtamasis ryšys pameistriui (vaizdo įrašas)',
    },
    summary: { en: 'A five-minute scene from a joinery workshop, with questions for discussion.' },
    audience: ['COMPANY_TUTOR', 'TRAINER'],
    url: 'https://video.tandem.example/feedback-joinery',
    licence: 'CC BY-NC 4.0',
    source: 'Tandem programme',
    author: 'Joint module team',
    downloads: 33,
  },
  {
    kind: 'BEST_PRACTICE',
    countryCode: 'LT',
    title: {
      en: 'A cluster of SMEs around one school',
      lt: 'Mažų įmonių klasteris aplink vieną mokyklą',
      lv: 'MVU klasteris ap vienu skolu',
    },
    summary: {
      en: 'How a school in Šiauliai shares placements among twelve small companies.',
      lt: 'Kaip Šiaulių mokykla paskirsto praktikos vietas dvylikai mažų įmonių.',
    },
    audience: ['COORDINATOR', 'SCHOOL_TUTOR'],
    body: {
      en: 'Twelve small companies each host one or two learners; the school rotates learners every six weeks so that each sees several workplaces.',
      lt: 'Dvylika mažų įmonių priima po vieną ar du besimokančiuosius; mokykla kas šešias savaites juos keičia, kad kiekvienas pamatytų kelias darbo vietas.',
    },
    licence: 'CC BY 4.0',
    source: 'Tandem programme',
    author: 'Coordinator LT',
    downloads: 19,
  },
  {
    kind: 'GUIDE',
    countryCode: null,
    title: {
      en: 'Information on the BSR countries’ VET systems',
      et: 'Läänemere piirkonna riikide kutseharidussüsteemid',
      lv: 'Baltijas jūras reģiona valstu profesionālās izglītības sistēmas',
    },
    summary: { en: 'Short profiles of VET in DK, EE, FI, DE, LV, LT, NO, PL and SE.' },
    audience: ['COORDINATOR', 'TRAINER'],
    body: {
      en: 'For each country: the school-based and work-based routes, apprenticeship rules, qualifications framework and contact points for mobility.',
    },
    licence: 'CC BY 4.0',
    source: 'HansaVET network',
    author: 'HansaVET partners',
    downloads: 25,
  },
  {
    kind: 'TEMPLATE',
    countryCode: null,
    title: {
      en: 'Learning diary template',
      et: 'Õpipäeviku vorm',
      lv: 'Mācību dienasgrāmatas veidne',
      lt: 'Mokymosi dienoraščio forma',
      ru: 'Шаблон дневника обучения',
    },
    summary: { en: 'One page a week: tasks, what I learned, questions for my tutor.' },
    audience: ['SCHOOL_TUTOR', 'COMPANY_TUTOR'],
    body: {
      en: 'Week. Tasks I did. What I learned. What was difficult. Questions for my tutor. Tutor’s comment.',
      ru: 'Неделя. Какие задачи я выполнил. Чему я научился. Что было трудно. Вопросы наставнику. Комментарий наставника.',
    },
    licence: 'CC0',
    source: 'Tandem programme',
    author: 'Joint module team',
    downloads: 64,
  },
  {
    kind: 'MANUAL',
    countryCode: 'EE',
    title: { en: 'Company tutor’s handbook', et: 'Ettevõtte praktikajuhendaja käsiraamat' },
    summary: {
      en: 'Planning, guiding and assessing a learner at work.',
      et: 'Õppija praktika planeerimine, juhendamine ja hindamine.',
    },
    audience: ['COMPANY_TUTOR'],
    body: {
      en: 'Part 1: planning the placement. Part 2: guiding day by day. Part 3: assessment and feedback.',
      et: '1. osa: praktika planeerimine. 2. osa: igapäevane juhendamine. 3. osa: hindamine ja tagasiside.',
    },
    licence: 'CC BY 4.0',
    source: 'Tandem programme',
    author: 'Trainer EE',
    downloads: 47,
  },
  {
    kind: 'CHECKLIST',
    countryCode: null,
    title: {
      en: 'Preparing a study visit',
      et: 'Õppevisiidi ettevalmistamine',
      lv: 'Pieredzes apmaiņas vizītes sagatavošana',
      lt: 'Mokomojo vizito pasirengimas',
    },
    summary: { en: 'Before, during and after: what to agree with the host and what to bring home.' },
    audience: ['COORDINATOR', 'TRAINER', 'SCHOOL_TUTOR'],
    body: {
      en: 'Before: goals, host contact, agenda, insurance. During: notes, photos with consent, daily reflection. After: report, what we will transfer, thank the hosts.',
    },
    licence: 'CC BY 4.0',
    source: 'Tandem programme',
    author: 'Coordinator LV',
    downloads: 12,
  },
  {
    kind: 'BEST_PRACTICE',
    countryCode: 'LV',
    title: { en: 'Digital skills in the construction workplace', lv: 'Digitālās prasmes būvniecības darba vietā' },
    summary: {
      en: 'Tablets on site: drawings, checklists and the learning diary in one place.',
      lv: 'Planšetdatori būvlaukumā: rasējumi, kontrolsaraksti un mācību dienasgrāmata vienuviet.',
    },
    audience: ['COMPANY_TUTOR', 'TRAINER'],
    body: {
      en: 'A Riga builder gives each apprentice a tablet with the construction drawings and a photo diary of the day’s work.',
      lv: 'Rīgas būvuzņēmums katram māceklim iedod planšetdatoru ar būvrasējumiem un dienas darba foto dienasgrāmatu.',
    },
    licence: 'CC BY 4.0',
    source: 'Tandem programme',
    author: 'Trainer LV',
    downloads: 9,
  },
  {
    kind: 'GUIDE',
    countryCode: 'LT',
    title: {
      en: 'Assessing learning outcomes at the workplace',
      lt: 'Mokymosi rezultatų vertinimas darbo vietoje',
      lv: 'Mācīšanās rezultātu vērtēšana darba vietā',
    },
    summary: {
      en: 'Observation, questioning and product review with simple criteria.',
      lt: 'Stebėjimas, klausimai ir darbo rezultato vertinimas pagal paprastus kriterijus.',
    },
    audience: ['COMPANY_TUTOR', 'SCHOOL_TUTOR'],
    body: {
      en: 'Choose the method per outcome, agree the criteria with the school, observe the learner at work, ask them to explain, and record the result.',
      lt: 'Kiekvienam rezultatui pasirinkite metodą, suderinkite kriterijus su mokykla, stebėkite besimokantįjį darbe, paprašykite paaiškinti ir užrašykite rezultatą.',
    },
    licence: 'CC BY 4.0',
    source: 'Tandem programme',
    author: 'Coordinator LT',
    downloads: 30,
  },
];

/**
 * What resources are tagged to, by English title: competence codes of the published profile and
 * module codes of the edition. The module page and the self-assessment results suggest from these.
 */
export const DEMO_RESOURCE_TAGS: Record<string, { competences: string[]; modules?: string[] }> = {
  '12 ways that VET can collaborate with the labour market': { competences: ['COOP.1', 'COOP.2', 'COOP.3'] },
  'Working safety handbook': { competences: ['SAFE.1', 'SAFE.2', 'SAFE.3'], modules: ['EE-N1', 'LV-N1', 'LT-N1'] },
  'Placement agreement template': { competences: ['PLAN.1', 'COOP.2'] },
  'Checklist for the learner’s first week': { competences: ['GUIDE.1', 'SAFE.1'], modules: ['EE-N2'] },
  'Giving feedback to an apprentice (video)': { competences: ['GUIDE.2', 'ASSESS.2'] },
  'Learning diary template': { competences: ['PLAN.3', 'GUIDE.3'] },
  'Company tutor’s handbook': { competences: ['PLAN.1', 'PLAN.2', 'GUIDE.1', 'ASSESS.1'], modules: ['JM1'] },
  'Assessing learning outcomes at the workplace': { competences: ['ASSESS.1', 'ASSESS.2', 'ASSESS.3'] },
  'Using ECVET in mobilities': { competences: ['PLAN.4', 'ASSESS.4'] },
  'Preparing a study visit': { competences: ['GROW.1', 'GROW.2'] },
};
