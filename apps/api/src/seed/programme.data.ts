import type { AttendanceMode, Locale, PersonCategory, Role, SessionKind } from '@hadir/contracts';

/**
 * The demo programme: "The Innovations of Women-owned SMIs to Empower Community during Covid-19
 * Pandemic", Jakarta and online, 13-17 September 2021 (see shared/seed/README.md). The two opening
 * speakers are the real office holders named in press coverage; every other person, business and
 * contact address is invented for the demo.
 */

export interface SeedPerson {
  /** Stable across reseeds so that tests and demo links can name a person. */
  key: string;
  name: string;
  email: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  organisation: string;
  category: PersonCategory;
  attendanceMode: AttendanceMode;
  /** Where the person is during the event, not where they are from. */
  timezone: string;
  locale: Locale;
  roles: Role[];
}

export interface SeedSession {
  key: string;
  day: 1 | 2 | 3 | 4 | 5;
  /** 'HH:mm' wall clock in the event's zone. */
  start: string;
  end: string;
  title: string;
  description: string;
  kind: SessionKind;
  /** null when the session happens only online. */
  room: string | null;
  streamed: boolean;
  speakers: string[];
  moderators: string[];
}

export interface SeedEvent {
  slug: string;
  title: string;
  description: string;
  timezone: string;
  startDate: string;
  endDate: string;
  venue: string;
}

const EVENT_TIMEZONE = 'Asia/Jakarta';

const HOME_TIMEZONES = {
  ID: 'Asia/Jakarta',
  BD: 'Asia/Dhaka',
  BT: 'Asia/Thimphu',
  PH: 'Asia/Manila',
  IN: 'Asia/Kolkata',
  LA: 'Asia/Vientiane',
  MV: 'Indian/Maldives',
  MY: 'Asia/Kuala_Lumpur',
  MM: 'Asia/Yangon',
  NP: 'Asia/Kathmandu',
  PK: 'Asia/Karachi',
  LK: 'Asia/Colombo',
  VN: 'Asia/Ho_Chi_Minh',
} as const satisfies Record<string, string>;
type CountryCode = keyof typeof HOME_TIMEZONES;

const MINISTRY_OF_INDUSTRY = 'Ministry of Industry of the Republic of Indonesia';
const DG_SMMI = `Directorate General of Small, Medium and Miscellaneous Industries, ${MINISTRY_OF_INDUSTRY}`;

/** Addresses must never reach a real mailbox, so they live under reserved example domains. */
const emailFor = (name: string, domain: 'example.gov' | 'example.org', tag?: string): string => {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local}${tag ? `.${tag}` : ''}@${domain}`;
};

type ParticipantRow = readonly [
  name: string,
  organisation: string,
  category: 'official' | 'business_owner',
  attendanceMode: AttendanceMode,
];

const participantsOf = (country: CountryCode, rows: readonly ParticipantRow[]): SeedPerson[] =>
  rows.map(([name, organisation, category, attendanceMode], index) => ({
    key: `participant-${country.toLowerCase()}-${index + 1}`,
    name,
    email: emailFor(
      name,
      category === 'official' ? 'example.gov' : 'example.org',
      country.toLowerCase(),
    ),
    country,
    organisation,
    category,
    attendanceMode,
    timezone: attendanceMode === 'in_person' ? EVENT_TIMEZONE : HOME_TIMEZONES[country],
    locale: country === 'ID' ? 'id' : 'en',
    roles: ['participant'],
  }));

/** Programme people are all Indonesian and in the hall unless stated otherwise. */
const host = (
  key: string,
  name: string,
  organisation: string,
  category: 'speaker' | 'staff',
  roles: Role[],
  attendanceMode: AttendanceMode = 'in_person',
): SeedPerson => ({
  key,
  name,
  email: emailFor(name, category === 'staff' ? 'example.gov' : 'example.org'),
  country: 'ID',
  organisation,
  category,
  attendanceMode,
  timezone: EVENT_TIMEZONE,
  locale: 'id',
  roles,
});

// Covid-19 travel limits kept most delegates at home: the hall holds the Indonesian participants
// and one or two delegates per country, everyone else joins remotely.
const participants: SeedPerson[] = [
  ...participantsOf('ID', [
    [
      'Ratna Dewi Lestari',
      'Industry and Trade Office of West Java Province',
      'official',
      'in_person',
    ],
    ['Sri Handayani', 'Batik Sekar Arum, Yogyakarta', 'business_owner', 'remote'],
    ['Fitri Ramadhani', 'Tenun Songket Ramadhani, Palembang', 'business_owner', 'in_person'],
    [
      'Nur Aini Rahmawati',
      'Ministry of Cooperatives and Small and Medium Enterprises',
      'official',
      'in_person',
    ],
    ['Yuliana Pratiwi', 'Keripik Singkong Mbak Yuli, Bandung', 'business_owner', 'in_person'],
    [
      'Endang Susilowati',
      'Industry and Trade Office of Central Java Province',
      'official',
      'in_person',
    ],
    ['Ayu Kartika Sari', 'Kopi Gayo Ayu Roastery, Aceh', 'business_owner', 'in_person'],
    ['Rina Marlina', 'Sambal Bu Rina, Bogor', 'business_owner', 'in_person'],
    [
      'Wahyu Setyaningsih',
      `Centre for Industrial Education and Training, ${MINISTRY_OF_INDUSTRY}`,
      'official',
      'in_person',
    ],
    ['Indah Permatasari', 'Rotan Indah Handicraft, Cirebon', 'business_owner', 'in_person'],
    ['Lina Herlina', 'Jamu Sehat Lina, Surakarta', 'business_owner', 'in_person'],
    ['Dewi Anggraeni', 'Industry and Trade Office of East Java Province', 'official', 'in_person'],
    [
      'Maria Goreti Lamahoda',
      'Tenun Ikat Sikka Women Weavers Group',
      'business_owner',
      'in_person',
    ],
  ]),
  ...participantsOf('BD', [
    [
      'Farhana Akter',
      'Bangladesh Small and Cottage Industries Corporation (BSCIC)',
      'official',
      'remote',
    ],
    ['Nasrin Sultana', 'Sultana Jute Crafts, Dhaka', 'business_owner', 'remote'],
    ['Shirin Akhter', 'SME Foundation, Ministry of Industries', 'official', 'remote'],
    ['Rokeya Begum', 'Rokeya Nakshi Kantha, Jamalpur', 'business_owner', 'remote'],
    ['Tahmina Rahman', 'Tahmina Homemade Pickles, Chattogram', 'business_owner', 'in_person'],
  ]),
  ...participantsOf('BT', [
    [
      'Karma Choden',
      'Department of Cottage and Small Industry, Ministry of Economic Affairs',
      'official',
      'remote',
    ],
    ['Pema Wangmo', 'Pema Thagzo Weaving Centre, Bumthang', 'business_owner', 'remote'],
    ['Sonam Dema', 'Sonam Organic Herbal Products, Paro', 'business_owner', 'in_person'],
  ]),
  ...participantsOf('PH', [
    ['Maria Cristina Santos', 'Department of Trade and Industry', 'official', 'remote'],
    ['Rowena Dela Cruz', "Rowena's Piña Weaving, Kalibo", 'business_owner', 'remote'],
    [
      'Liza Mae Reyes',
      'Department of Science and Technology, Small Enterprise Technology Upgrading Program',
      'official',
      'remote',
    ],
    ['Josephine Bautista', 'Bautista Coco Products, Quezon', 'business_owner', 'remote'],
    ['Ana Marie Villanueva', 'Villanueva Abaca Crafts, Albay', 'business_owner', 'in_person'],
  ]),
  ...participantsOf('IN', [
    ['Priya Sharma', 'Ministry of Micro, Small and Medium Enterprises', 'official', 'remote'],
    ['Lakshmi Narayanan', 'Kanchi Handloom Weaves, Kanchipuram', 'business_owner', 'remote'],
    ['Anjali Deshpande', 'Anjali Organic Millets, Pune', 'business_owner', 'remote'],
    ['Meera Nair', 'District Industries Centre, Ernakulam', 'official', 'remote'],
    ['Sunita Patel', 'Sunita Khakhra and Snacks, Ahmedabad', 'business_owner', 'in_person'],
  ]),
  ...participantsOf('LA', [
    [
      'Souksavanh Phommachanh',
      'Department of SME Promotion, Ministry of Industry and Commerce',
      'official',
      'remote',
    ],
    ['Vilayvanh Keomany', 'Vilay Silk Weaving, Vientiane', 'business_owner', 'remote'],
    ['Khamla Sisouk', 'Khamla Bolaven Coffee, Champasak', 'business_owner', 'in_person'],
  ]),
  ...participantsOf('MV', [
    ['Aishath Shifana', 'Ministry of Economic Development', 'official', 'remote'],
    ['Mariyam Nashwa', 'Nashwa Lacquer Works, Thulhaadhoo', 'business_owner', 'remote'],
    ['Fathimath Zaha', 'SME Development Financing Corporation', 'official', 'in_person'],
  ]),
  ...participantsOf('MY', [
    ['Nurul Aina Ahmad', 'SME Corporation Malaysia', 'official', 'remote'],
    ['Siti Aminah Yusof', 'Aminah Batik Terengganu', 'business_owner', 'remote'],
    ['Lim Mei Ling', 'Mei Ling Heritage Bakery, Melaka', 'business_owner', 'remote'],
    [
      'Kavitha Subramaniam',
      'Ministry of Entrepreneur Development and Cooperatives',
      'official',
      'in_person',
    ],
    ['Noraini Hassan', 'Noraini Songket, Kelantan', 'business_owner', 'in_person'],
  ]),
  ...participantsOf('MM', [
    [
      'Khin Myat Thu',
      'Small and Medium Enterprises Development Department, Ministry of Industry',
      'official',
      'remote',
    ],
    ['Nwe Nwe Win', 'Nwe Lacquerware, Bagan', 'business_owner', 'remote'],
    ['Su Su Hlaing', 'Su Thanakha Natural Cosmetics, Mandalay', 'business_owner', 'in_person'],
  ]),
  ...participantsOf('NP', [
    ['Sita Shrestha', 'Sita Dhaka Weaving Udyog, Palpa', 'business_owner', 'remote'],
    [
      'Anita Gurung',
      'Department of Cottage and Small Industries, Ministry of Industry, Commerce and Supplies',
      'official',
      'remote',
    ],
    ['Sarita Maharjan', 'Thimi Women Potters Enterprise, Bhaktapur', 'business_owner', 'remote'],
    ['Binita Thapa', 'Cottage and Small Industries Development Board', 'official', 'in_person'],
  ]),
  ...participantsOf('PK', [
    [
      'Ayesha Siddiqui',
      'Small and Medium Enterprises Development Authority (SMEDA)',
      'official',
      'remote',
    ],
    ['Fatima Baloch', 'Baloch Embroidery Studio, Quetta', 'business_owner', 'remote'],
    ['Sana Malik', 'Malik Leather Crafts, Sialkot', 'business_owner', 'remote'],
    ['Nadia Hussain', 'Ministry of Industries and Production', 'official', 'in_person'],
  ]),
  ...participantsOf('LK', [
    ['Dilani Perera', 'Industrial Development Board of Ceylon', 'official', 'remote'],
    ['Chamari Jayasinghe', 'Chamari Batiks, Kandy', 'business_owner', 'remote'],
    ['Nirosha Fernando', 'Nirosha Spice Garden, Matale', 'business_owner', 'remote'],
    ['Sanduni Wickramasinghe', 'Ministry of Industries', 'official', 'in_person'],
  ]),
  ...participantsOf('VN', [
    [
      'Nguyễn Thị Lan',
      'Agency for Enterprise Development, Ministry of Planning and Investment',
      'official',
      'remote',
    ],
    ['Trần Thị Mai', 'Mai Van Phuc Silk, Hà Nội', 'business_owner', 'remote'],
    ['Lê Thị Hương', 'Huong Que Cinnamon Products, Yên Bái', 'business_owner', 'remote'],
    [
      'Phạm Thu Trang',
      'Agency of Regional Industry Promotion, Ministry of Industry and Trade',
      'official',
      'in_person',
    ],
  ]),
];

const speakers: SeedPerson[] = [
  host('speaker-reni-yanita', 'Reni Yanita', DG_SMMI, 'speaker', ['speaker']),
  host(
    'speaker-arrya-tirto-sumarto',
    'Arrya Tirto Sumarto',
    'Bureau for Technical and Foreign Cooperation, Ministry of State Secretariat of the Republic of Indonesia',
    'speaker',
    ['speaker'],
  ),
  host(
    'speaker-lestari-widyaningrum',
    'Lestari Widyaningrum',
    'Rumah Jamu Lestari, Semarang',
    'speaker',
    ['speaker'],
  ),
  host(
    'speaker-nining-suryani',
    'Nining Suryani',
    'Tenun Nining Women Weavers Cooperative, Lombok',
    'speaker',
    ['speaker'],
  ),
  host('speaker-intan-permata-sari', 'Intan Permata Sari', 'Nusantara Digital Academy', 'speaker', [
    'speaker',
  ]),
  host(
    'speaker-kurniawati-hidayat',
    'Kurniawati Hidayat',
    'Nusantara Microfinance Institute',
    'speaker',
    ['speaker'],
  ),
  host(
    'speaker-hesti-wulandari',
    'Hesti Wulandari',
    'Centre for Industrial Standardisation and Services',
    'speaker',
    ['speaker'],
  ),
  host(
    'speaker-meutia-rahmah',
    'Meutia Rahmah',
    'Indonesian Export Training Institute',
    'speaker',
    ['speaker'],
    'remote',
  ),
];

const staff: SeedPerson[] = [
  host('moderator-1', 'Rahma Aulia Putri', DG_SMMI, 'staff', ['moderator']),
  host(
    'moderator-2',
    'Dimas Aryo Wicaksono',
    'Bureau for Technical and Foreign Cooperation, Ministry of State Secretariat of the Republic of Indonesia',
    'staff',
    ['moderator'],
  ),
  host('facilitator-1', 'Novita Anggraini', DG_SMMI, 'staff', ['facilitator']),
  host('facilitator-2', 'Yusuf Hakim', DG_SMMI, 'staff', ['facilitator']),
  host('facilitator-3', 'Citra Maharani', DG_SMMI, 'staff', ['facilitator']),
  host('organiser-1', 'Puspita Handoko', DG_SMMI, 'staff', ['organiser']),
];

const MAIN_HALL = 'Main Hall';
const SIDE_ROOM_A = 'Side Room A';
const SIDE_ROOM_B = 'Side Room B';

/** Breaks are for the hall only: remote participants have nothing to watch. */
const pause = (
  key: string,
  day: SeedSession['day'],
  start: string,
  end: string,
  title: string,
  description: string,
): SeedSession => ({
  key,
  day,
  start,
  end,
  title,
  description,
  kind: 'break',
  room: MAIN_HALL,
  streamed: false,
  speakers: [],
  moderators: [],
});

const coffee = (key: string, day: SeedSession['day'], start: string, end: string) =>
  pause(key, day, start, end, 'Coffee break', 'Refreshments in the foyer of the Main Hall.');

const lunch = (key: string, day: SeedSession['day'], start: string, end: string) =>
  pause(key, day, start, end, 'Lunch break', 'Lunch in the foyer of the Main Hall.');

/**
 * Groups mix hall and remote participants, so the work happens in breakout rooms rather than on
 * the stream; facilitators host the tables in the hall.
 */
const breakout = (
  key: string,
  day: SeedSession['day'],
  start: string,
  end: string,
  title: string,
  description: string,
): SeedSession => ({
  key,
  day,
  start,
  end,
  title,
  description,
  kind: 'breakout_block',
  room: MAIN_HALL,
  streamed: false,
  speakers: [],
  moderators: [],
});

const sessions: SeedSession[] = [
  {
    key: 'd1-opening',
    day: 1,
    start: '08:30',
    end: '09:30',
    title: 'Opening ceremony',
    description:
      'Welcome remarks from the Ministry of Industry and the Ministry of State Secretariat, opening the sixth Colombo Plan programme Indonesia has hosted since 2016.',
    kind: 'plenary',
    room: MAIN_HALL,
    streamed: true,
    speakers: ['speaker-reni-yanita', 'speaker-arrya-tirto-sumarto'],
    moderators: ['moderator-1'],
  },
  coffee('d1-coffee-am', 1, '09:30', '10:00'),
  {
    key: 'd1-keynote',
    day: 1,
    start: '10:00',
    end: '11:00',
    title: 'Keynote: Small and medium industries as the backbone of recovery',
    description:
      "Indonesia's 4.4 million SMIs employ 10.36 million people, about 66 percent of the industrial workforce; this keynote covers how the Ministry of Industry has helped them survive the pandemic.",
    kind: 'plenary',
    room: MAIN_HALL,
    streamed: true,
    speakers: ['speaker-reni-yanita'],
    moderators: ['moderator-1'],
  },
  {
    key: 'd1-ksst',
    day: 1,
    start: '11:00',
    end: '12:00',
    title: 'South-South and Triangular Cooperation through the Colombo Plan',
    description:
      "How Indonesia's South-South and Triangular Cooperation works and how this programme follows up the 47th Colombo Plan Consultative Committee Meeting, followed by discussion.",
    kind: 'presentation',
    room: MAIN_HALL,
    streamed: true,
    speakers: ['speaker-arrya-tirto-sumarto'],
    moderators: ['moderator-2'],
  },
  lunch('d1-lunch', 1, '12:00', '13:00'),
  {
    key: 'd1-jamu-pivot',
    day: 1,
    start: '13:00',
    end: '14:00',
    title: 'From herbal jamu to hand sanitiser: pivoting a women-owned SMI',
    description:
      'A founder explains how her herbal drinks business retooled in weeks to make hand sanitiser and immune-boosting products, keeping every worker employed. Followed by discussion.',
    kind: 'presentation',
    room: MAIN_HALL,
    streamed: true,
    speakers: ['speaker-lestari-widyaningrum'],
    moderators: ['moderator-1'],
  },
  {
    key: 'd1-weaving-community',
    day: 1,
    start: '14:00',
    end: '15:00',
    title: 'Weaving a community: a women weavers cooperative through the pandemic',
    description:
      'How a cooperative of village weavers in Lombok shared orders, raw materials and income when tourism stopped. Followed by discussion.',
    kind: 'presentation',
    room: MAIN_HALL,
    streamed: true,
    speakers: ['speaker-nining-suryani'],
    moderators: ['moderator-1'],
  },
  coffee('d1-coffee-pm', 1, '15:00', '15:15'),
  {
    key: 'd1-action-plan-briefing',
    day: 1,
    start: '15:15',
    end: '16:30',
    title: 'Action-plan briefing and group formation',
    description:
      'Each participant will draft an action plan to apply in their own country; this session explains the template and forms the mixed hall-and-remote working groups.',
    kind: 'workshop',
    room: MAIN_HALL,
    streamed: true,
    speakers: [],
    moderators: ['moderator-2'],
  },

  {
    key: 'd2-digital-marketing',
    day: 2,
    start: '08:30',
    end: '09:45',
    title: 'Digital marketing for women-owned SMIs',
    description:
      'Moving a small business online: marketplaces, social media and messaging apps, and what to measure. Followed by discussion.',
    kind: 'presentation',
    room: MAIN_HALL,
    streamed: true,
    speakers: ['speaker-intan-permata-sari'],
    moderators: ['moderator-1'],
  },
  coffee('d2-coffee-am', 2, '09:45', '10:00'),
  {
    key: 'd2-storefront-workshop',
    day: 2,
    start: '10:00',
    end: '11:30',
    title: 'Workshop: an online storefront and a content plan',
    description:
      'Hands-on: participants photograph a product, write its listing and plan a month of social media posts.',
    kind: 'workshop',
    room: SIDE_ROOM_A,
    streamed: true,
    speakers: ['speaker-intan-permata-sari'],
    moderators: [],
  },
  {
    key: 'd2-selling-online-panel',
    day: 2,
    start: '11:30',
    end: '12:30',
    title: 'Panel: Selling online during lockdowns',
    description:
      'Women entrepreneurs compare what worked and what failed when shops closed and customers moved online.',
    kind: 'panel',
    room: MAIN_HALL,
    streamed: true,
    speakers: [
      'speaker-intan-permata-sari',
      'speaker-lestari-widyaningrum',
      'speaker-nining-suryani',
    ],
    moderators: ['moderator-1'],
  },
  lunch('d2-lunch', 2, '12:30', '13:30'),
  {
    key: 'd2-country-sharing',
    day: 2,
    start: '13:30',
    end: '15:00',
    title: 'Country experience sharing: Bangladesh, Bhutan, India and Maldives',
    description:
      'Participants present how women-owned SMIs in their countries coped with Covid-19 and the support their governments offered.',
    kind: 'presentation',
    room: MAIN_HALL,
    streamed: true,
    speakers: [],
    moderators: ['moderator-2'],
  },
  coffee('d2-coffee-pm', 2, '15:00', '15:15'),
  breakout(
    'd2-breakout',
    2,
    '15:15',
    '16:30',
    'Action-plan group work: mapping the challenges',
    'Groups list the main problems women-owned SMIs face at home, from falling demand to working capital.',
  ),

  {
    key: 'd3-financing',
    day: 3,
    start: '08:30',
    end: '09:45',
    title: 'Financing women-owned SMIs: from microcredit to fintech',
    description:
      'Options for working capital and investment, including subsidised credit, cooperatives and digital lenders, and how to prepare a loan application. Followed by discussion.',
    kind: 'presentation',
    room: MAIN_HALL,
    streamed: true,
    speakers: ['speaker-kurniawati-hidayat'],
    moderators: ['moderator-1'],
  },
  coffee('d3-coffee-am', 3, '09:45', '10:00'),
  {
    key: 'd3-certification',
    day: 3,
    start: '10:00',
    end: '11:15',
    title: 'Product certification: national standards, halal and food safety',
    description:
      'Which certificates small producers need to reach modern retail and export buyers, and how to get them affordably. Followed by discussion.',
    kind: 'presentation',
    room: MAIN_HALL,
    streamed: true,
    speakers: ['speaker-hesti-wulandari'],
    moderators: ['moderator-1'],
  },
  {
    key: 'd3-finance-markets-panel',
    day: 3,
    start: '11:15',
    end: '12:15',
    title: 'Panel: Access to finance and markets after the pandemic',
    description:
      'A lender, a certification specialist and an SMI founder discuss what small firms need to grow again.',
    kind: 'panel',
    room: MAIN_HALL,
    streamed: true,
    speakers: [
      'speaker-kurniawati-hidayat',
      'speaker-hesti-wulandari',
      'speaker-lestari-widyaningrum',
    ],
    moderators: ['moderator-2'],
  },
  lunch('d3-lunch', 3, '12:15', '13:15'),
  {
    key: 'd3-country-sharing',
    day: 3,
    start: '13:15',
    end: '14:45',
    title: 'Country experience sharing: Laos, Malaysia, Myanmar and Nepal',
    description:
      'Participants present programmes for women entrepreneurs in their countries and the lessons learnt during Covid-19.',
    kind: 'presentation',
    room: MAIN_HALL,
    streamed: true,
    speakers: [],
    moderators: ['moderator-2'],
  },
  coffee('d3-coffee-pm', 3, '14:45', '15:00'),
  breakout(
    'd3-breakout',
    3,
    '15:00',
    '16:30',
    'Action-plan group work: objectives and activities',
    'Groups turn the challenges they mapped into objectives, activities and partners for each action plan.',
  ),

  {
    key: 'd4-export',
    day: 4,
    start: '08:30',
    end: '09:45',
    title: 'Going global: export readiness for small producers',
    description:
      'Finding buyers abroad, pricing for export and working with aggregators, presented live from outside Jakarta. Followed by discussion.',
    kind: 'presentation',
    room: MAIN_HALL,
    streamed: true,
    speakers: ['speaker-meutia-rahmah'],
    moderators: ['moderator-1'],
  },
  coffee('d4-coffee-am', 4, '09:45', '10:00'),
  {
    key: 'd4-export-clinic',
    day: 4,
    start: '10:00',
    end: '11:00',
    title: 'Clinic: export documents step by step',
    description:
      'Small-group clinic on invoices, certificates of origin and shipping terms, with questions from participants.',
    kind: 'workshop',
    room: SIDE_ROOM_A,
    streamed: true,
    speakers: ['speaker-meutia-rahmah'],
    moderators: [],
  },
  {
    key: 'd4-certification-clinic',
    day: 4,
    start: '10:00',
    end: '11:00',
    title: 'Clinic: preparing a certification application',
    description:
      'Runs alongside the export clinic: participants bring a product and work through its standards and halal paperwork.',
    kind: 'workshop',
    room: SIDE_ROOM_B,
    streamed: true,
    speakers: ['speaker-hesti-wulandari'],
    moderators: [],
  },
  {
    key: 'd4-innovation-panel',
    day: 4,
    start: '11:00',
    end: '12:00',
    title: 'Panel: Innovations that empower communities',
    description:
      'How women-owned SMIs create work for their neighbours through new products, shared production and local sourcing.',
    kind: 'panel',
    room: MAIN_HALL,
    streamed: true,
    speakers: ['speaker-nining-suryani', 'speaker-lestari-widyaningrum', 'speaker-meutia-rahmah'],
    moderators: ['moderator-1'],
  },
  lunch('d4-lunch', 4, '12:00', '13:00'),
  {
    key: 'd4-country-sharing',
    day: 4,
    start: '13:00',
    end: '14:30',
    title: 'Country experience sharing: Pakistan, Philippines, Sri Lanka and Viet Nam',
    description:
      'Participants present policies and success stories for women-owned small industries in their countries.',
    kind: 'presentation',
    room: MAIN_HALL,
    streamed: true,
    speakers: [],
    moderators: ['moderator-2'],
  },
  coffee('d4-coffee-pm', 4, '14:30', '14:45'),
  breakout(
    'd4-breakout',
    4,
    '14:45',
    '16:30',
    'Action-plan group work: finalising the plans',
    'Groups add timelines and indicators, and each participant finishes the action plan they will present on Friday.',
  ),

  {
    key: 'd5-action-plans-1',
    day: 5,
    start: '08:30',
    end: '10:00',
    title: 'Action-plan presentations I',
    description:
      'Participants present the action plans they will apply in their own countries, with feedback from the speakers and the other groups.',
    kind: 'presentation',
    room: MAIN_HALL,
    streamed: true,
    speakers: [],
    moderators: ['moderator-1'],
  },
  coffee('d5-coffee-am', 5, '10:00', '10:15'),
  {
    key: 'd5-action-plans-2',
    day: 5,
    start: '10:15',
    end: '11:30',
    title: 'Action-plan presentations II',
    description: 'The second round of participant action plans, followed by discussion.',
    kind: 'presentation',
    room: MAIN_HALL,
    streamed: true,
    speakers: [],
    moderators: ['moderator-2'],
  },
  pause(
    'd5-lunch',
    5,
    '11:30',
    '13:00',
    'Lunch break and Friday prayers',
    'A longer Friday break leaves time for midday prayers.',
  ),
  {
    key: 'd5-action-plans-3',
    day: 5,
    start: '13:00',
    end: '14:30',
    title: 'Action-plan presentations III',
    description: 'The final round of participant action plans, followed by discussion.',
    kind: 'presentation',
    room: MAIN_HALL,
    streamed: true,
    speakers: [],
    moderators: ['moderator-1'],
  },
  coffee('d5-coffee-pm', 5, '14:30', '15:00'),
  {
    key: 'd5-closing',
    day: 5,
    start: '15:00',
    end: '16:00',
    title: 'Closing ceremony',
    description:
      'Closing remarks and certificates, with a look ahead to continuing the programme in 2022, offline in Bali.',
    kind: 'plenary',
    room: MAIN_HALL,
    streamed: true,
    speakers: ['speaker-reni-yanita', 'speaker-arrya-tirto-sumarto'],
    moderators: ['moderator-1'],
  },
];

/**
 * Added on the seeding day when dates are shifted, so that a newcomer always finds a moderated
 * session live, whatever the hour in Jakarta: it runs from the hour the demo was seeded in.
 */
export const LIVE_NOW_SESSION = {
  title: 'Open floor: questions for the speakers',
  description:
    'An online session kept open for the demo, whatever the hour in Jakarta: ask the speakers, vote on questions and answer the poll, as participants did between the programme’s sessions.',
  hours: 4,
  question: 'Which challenge held your business back most during the pandemic?',
  options: ['Working capital', 'Shipping costs', 'Reaching customers online', 'Raw materials'],
  questions: [
    'How did the women-owned SMIs you visited keep their staff through the lockdowns?',
    'Which government programme helped small producers most with selling online?',
  ],
} as const;

export const PROGRAMME: { event: SeedEvent; people: SeedPerson[]; sessions: SeedSession[] } = {
  event: {
    slug: 'women-smi-innovation-2021',
    title: 'The Innovations of Women-owned SMIs to Empower Community during Covid-19 Pandemic',
    description:
      'A five-day knowledge-sharing and capacity-building programme for government officials and owners of small and medium industries from 13 Colombo Plan member countries, held by the Ministry of Industry and the Ministry of State Secretariat under South-South and Triangular Cooperation. Participants learn from women-owned SMIs that innovated through the pandemic and draft action plans for their own countries.',
    timezone: EVENT_TIMEZONE,
    startDate: '2021-09-13',
    endDate: '2021-09-17',
    venue: 'Main Hall, Ministry of Industry, Jalan Jenderal Gatot Subroto, Jakarta',
  },
  people: [...participants, ...speakers, ...staff],
  sessions,
};
