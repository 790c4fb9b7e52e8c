// Generates one bulk organisation or listing at a time from the vocabulary, driven by a seeded Random, so a
// given --seed always produces the same names, texts, statuses and relative dates (ids are random UUIDs).
import { randomUUID } from 'node:crypto';
import {
  ListingKind,
  ModerationStatus,
  OrganisationKind,
  PriceType,
  TechnologyLevel,
} from '../../server/generated/prisma/enums.ts';
import {
  BENEFITS,
  BRAND_WORDS,
  BUYERS,
  COMMUNES,
  COUNTRIES_EN,
  COMPANY_FORMS,
  COOPERATIVE_TYPES,
  CURRENT_SOLUTIONS,
  EQUIPMENT_REASONS,
  EQUIPMENT_TEMPLATES,
  EVIDENCE,
  MAKES_EN,
  ORG_DOMAINS,
  OTHER_PROVINCES,
  PROBLEMS,
  REGIONS,
  REQUEST_TEMPLATES,
  STREETS,
  SUPPORT_OFFERS,
  TECHNOLOGY_TEMPLATES,
  type Term,
} from './bulk-vocabulary.ts';
import { DEMO_PROVINCE } from './demo/common.ts';
import { SUB_FIELD_CODES } from './fields-of-science.ts';
import type {
  EquipmentOfferDetails,
  TechnologyOfferDetails,
  TechnologyRequestDetails,
  TransferForm,
  TransferMode,
  TransferObject,
} from '../../server/modules/listing/listing-details.ts';
import type { Random } from './random.ts';
import { SLUG_MAX_LENGTH, slugify, stripDiacritics } from '../../server/lib/slug.ts';

export interface OrganisationRow {
  id: string;
  slug: string;
  kind: OrganisationKind;
  nameVi: string;
  nameEn: string;
  shortName: string;
  taxCode: string | null;
  stCertificateNumber: string | null;
  descriptionVi: string;
  descriptionEn: string;
  phone: string | null;
  addressLine: string | null;
  commune: string | null;
  province: string;
  status: ModerationStatus;
  verifiedAt: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  fieldCodes: string[];
}

export interface ListingRow {
  id: string;
  slug: string;
  kind: ListingKind;
  status: ModerationStatus;
  organisationId: string;
  titleVi: string;
  titleEn: string | null;
  summaryVi: string;
  summaryEn: string | null;
  descriptionVi: string | null;
  fieldCode: string;
  trl: number | null;
  appraisalLevel: TechnologyLevel | null;
  keywords: string[];
  priceType: PriceType;
  priceMin: number | null;
  priceMax: number | null;
  commune: string | null;
  province: string;
  hideOrganisation: boolean;
  details: TechnologyOfferDetails | EquipmentOfferDetails | TechnologyRequestDetails;
  validUntil: Date | null;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What a listing needs to know of its organisation. */
export interface OrganisationRef {
  id: string;
  commune: string | null;
  province: string;
}

const DAY_MS = 86_400_000;
const MILLION = 1_000_000;

const ORG_STATUSES = [
  [ModerationStatus.PUBLISHED, 88],
  [ModerationStatus.PENDING_REVIEW, 5],
  [ModerationStatus.DRAFT, 3],
  [ModerationStatus.CHANGES_REQUESTED, 2],
  [ModerationStatus.REJECTED, 1],
  [ModerationStatus.UNPUBLISHED, 1],
] as const;

const LISTING_STATUSES = [
  [ModerationStatus.PUBLISHED, 80],
  [ModerationStatus.DRAFT, 5],
  [ModerationStatus.PENDING_REVIEW, 5],
  [ModerationStatus.ARCHIVED, 3],
  [ModerationStatus.CHANGES_REQUESTED, 2],
  [ModerationStatus.REJECTED, 2],
  [ModerationStatus.EXPIRED, 2],
  [ModerationStatus.UNPUBLISHED, 1],
] as const;

const ORG_KINDS = [
  [OrganisationKind.ENTERPRISE, 47],
  [OrganisationKind.COOPERATIVE, 27],
  [OrganisationKind.ST_ENTERPRISE, 10],
  [OrganisationKind.ST_ORGANISATION, 8],
  [OrganisationKind.UNIVERSITY_INSTITUTE, 8],
] as const;

const LISTING_KINDS = [
  [ListingKind.TECHNOLOGY_OFFER, 45],
  [ListingKind.EQUIPMENT_OFFER, 30],
  [ListingKind.TECHNOLOGY_REQUEST, 25],
] as const;

const APPRAISAL_LEVELS = [
  [TechnologyLevel.MEDIUM_ADVANCED, 70],
  [TechnologyLevel.ADVANCED, 25],
  [TechnologyLevel.OUTDATED, 5],
] as const;

/** Statuses whose listings have been public at some point. */
const WAS_PUBLIC = new Set<ModerationStatus>([
  ModerationStatus.PUBLISHED,
  ModerationStatus.ARCHIVED,
  ModerationStatus.EXPIRED,
  ModerationStatus.UNPUBLISHED,
]);

export class BulkRowGenerator {
  /** Midnight UTC of the run's day: dates are relative to it, so a seed gives the same data all day. */
  private readonly today: number;

  constructor(
    private readonly rng: Random,
    now: Date,
  ) {
    this.today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  }

  organisation(serial: number): OrganisationRow {
    const { rng } = this;
    const kind = rng.weighted(ORG_KINDS);
    const status = rng.weighted(ORG_STATUSES);
    const domain = rng.pick(ORG_DOMAINS);
    const local = rng.chance(0.9);
    const province = local ? DEMO_PROVINCE : rng.weighted(OTHER_PROVINCES);
    const commune = local ? rng.pick(COMMUNES) : null;
    const name = this.organisationName(kind, domain, commune ?? province);
    const publishedAt = status === ModerationStatus.PUBLISHED ? this.daysAgo(Math.floor(900 * rng.next() ** 1.5)) : null;
    const createdAt = this.before(publishedAt ?? this.daysAgo(rng.int(0, 200)), rng.int(1, 30));
    const buyers = rng.pick(BUYERS);
    const where = commune ?? province;
    const hasTaxCode = kind !== OrganisationKind.ST_ORGANISATION && kind !== OrganisationKind.UNIVERSITY_INSTITUTE;
    return {
      id: randomUUID(),
      slug: withSerial(name.vi, serial),
      kind,
      nameVi: name.vi,
      nameEn: name.en,
      shortName: name.short,
      // Long An tax codes start with 11, Tây Ninh's with 39; the serial keeps them unique.
      taxCode: hasTaxCode ? `${local ? rng.pick(['11', '39']) : '03'}${String(serial).padStart(8, '0')}` : null,
      stCertificateNumber: kind === OrganisationKind.ST_ENTERPRISE ? `${serial}/DNKHCN` : null,
      descriptionVi:
        `${name.vi} hoạt động trong lĩnh vực ${domain[0].toLowerCase()} tại ${where}, ` +
        `cung cấp công nghệ, thiết bị và dịch vụ cho ${buyers[0]} trong khu vực.`,
      descriptionEn: `${name.en} works in ${domain[1].toLowerCase()} in ${stripDiacritics(where)}, serving ${buyers[1]} in the region.`,
      phone: rng.chance(0.7) ? `${local ? rng.pick(['0272', '0276']) : '028'} ${rng.int(3_000_000, 3_999_999)}` : null,
      addressLine: rng.chance(0.5) ? `Ấp ${rng.int(1, 9)}` : `Số ${rng.int(1, 450)} ${rng.pick(STREETS)}`,
      commune,
      province,
      status,
      verifiedAt: publishedAt && rng.chance(0.35) ? publishedAt : null,
      publishedAt,
      createdAt,
      updatedAt: publishedAt ?? createdAt,
      fieldCodes: [...new Set([domain[2], ...(rng.chance(0.5) ? [rng.pick(SUB_FIELD_CODES)] : [])])],
    };
  }

  listing(serial: number, org: OrganisationRef, status: ModerationStatus): ListingRow {
    const { rng } = this;
    const kind = rng.weighted(LISTING_KINDS);
    const content =
      kind === ListingKind.TECHNOLOGY_OFFER
        ? this.technologyOffer()
        : kind === ListingKind.EQUIPMENT_OFFER
          ? this.equipmentOffer()
          : this.technologyRequest();
    const dates = this.listingDates(status);
    if (kind === ListingKind.TECHNOLOGY_REQUEST) {
      const details = content.details as TechnologyRequestDetails;
      details.responseDeadline = isoDate(new Date((dates.publishedAt ?? dates.createdAt).getTime() + rng.int(20, 90) * DAY_MS));
    }
    // Organisations from outside the province often list for a place in it.
    const commune = org.commune ?? (rng.chance(0.5) ? rng.pick(COMMUNES) : null);
    return {
      id: randomUUID(),
      slug: withSerial(content.titleVi, serial),
      kind,
      status,
      organisationId: org.id,
      ...content,
      titleEn: rng.chance(0.85) ? content.titleEn : null,
      keywords: [...new Set([...content.keywords, ...(commune && rng.chance(0.4) ? [commune] : [])])],
      commune,
      province: commune ? DEMO_PROVINCE : org.province,
      hideOrganisation: kind === ListingKind.TECHNOLOGY_REQUEST && rng.chance(0.1),
      ...dates,
    };
  }

  /** The status a new listing gets: four in five are published. */
  listingStatus(): ModerationStatus {
    return this.rng.weighted(LISTING_STATUSES);
  }

  private organisationName(
    kind: OrganisationKind,
    domain: (typeof ORG_DOMAINS)[number],
    place: string,
  ): { vi: string; en: string; short: string } {
    const { rng } = this;
    const brand = rng.pick(BRAND_WORDS);
    const [formVi, formEn] = rng.pick(COMPANY_FORMS);
    const [domainVi, domainEn] = domain;
    switch (kind) {
      case OrganisationKind.COOPERATIVE: {
        const [typeVi, typeEn] = rng.pick(COOPERATIVE_TYPES);
        return { vi: `Hợp tác xã ${typeVi} ${place}`, en: `${stripDiacritics(place)} ${typeEn} Cooperative`, short: `HTX ${typeVi} ${place}` };
      }
      case OrganisationKind.ST_ENTERPRISE:
        return {
          vi: `Công ty ${formVi} Khoa học Công nghệ ${domainVi} ${brand}`,
          en: `${stripDiacritics(brand)} ${domainEn} Science and Technology ${formEn}`,
          short: brand,
        };
      case OrganisationKind.ST_ORGANISATION: {
        const [regionVi, regionEn] = rng.pick(REGIONS);
        return { vi: `Trung tâm Nghiên cứu ${domainVi} ${regionVi}`, en: `${regionEn} ${domainEn} Research Centre`, short: `TTNC ${domainVi}` };
      }
      case OrganisationKind.UNIVERSITY_INSTITUTE: {
        const [regionVi, regionEn] = rng.pick(REGIONS);
        return rng.chance(0.7)
          ? { vi: `Viện Nghiên cứu ${domainVi} ${regionVi}`, en: `${regionEn} Institute of ${domainEn}`, short: `Viện ${domainVi}` }
          : { vi: `Trường Cao đẳng Kỹ thuật ${place}`, en: `${stripDiacritics(place)} College of Technology`, short: `CĐKT ${place}` };
      }
      default:
        return {
          vi: `Công ty ${formVi} ${domainVi} ${brand}`,
          en: `${stripDiacritics(brand)} ${domainEn} ${formEn}`,
          short: brand,
        };
    }
  }

  private technologyOffer() {
    const { rng } = this;
    const t = rng.pick(TECHNOLOGY_TEMPLATES);
    const subject = rng.pick(t.subjects);
    const titleVi = fill(t.vi, subject[0]);
    const titleEn = fill(t.en, subject[1]);
    const benefits = rng.sample(BENEFITS, 2).map((b) => this.percent(b));
    const evidence = this.count(rng.pick(EVIDENCE));
    const buyers = rng.sample(BUYERS, 2);
    const details = {
      problemSolved: PROBLEMS[t.problem][0],
      advantages: benefits.map(([vi]) => capitalise(vi)),
      applications: buyers.map(([vi]) => capitalise(vi)),
      trlEvidence: evidence[0],
      transferObjects: rng.sample<TransferObject>(['PROCESS_DESIGN_SOFTWARE', 'KNOW_HOW', 'RATIONALISATION', 'MACHINERY_WITH_TECHNOLOGY'], rng.int(1, 3)),
      transferForms: rng.sample<TransferForm>(['STANDALONE_CONTRACT', 'INVESTMENT_PROJECT', 'CAPITAL_CONTRIBUTION', 'IP_RIGHT_TRANSFER', 'MACHINERY_SALE_WITH_KNOW_HOW'], rng.int(1, 2)),
      transferModes: rng.sample<TransferMode>(['DOCUMENTS', 'TRAINING', 'EXPERT_ASSISTANCE', 'MACHINERY'], rng.int(1, 4)),
      rights: {
        kind: rng.chance(0.85) ? 'RIGHT_OF_USE' : 'OWNERSHIP',
        exclusive: rng.chance(0.2),
        territory: rng.pick(['Toàn quốc', 'Tỉnh Tây Ninh', 'Các tỉnh Đồng bằng sông Cửu Long', 'Các tỉnh Đông Nam Bộ']),
        sublicensing: rng.chance(0.1),
      },
      dealTypes: rng.sample(['LICENSE', 'SALE', 'JOINT_DEVELOPMENT', 'CAPITAL_CONTRIBUTION', 'SERVICE'] as const, rng.int(1, 2)),
      support: rng.sample(SUPPORT_OFFERS, 2).join('; ') + '.',
    } satisfies TechnologyOfferDetails;
    return {
      titleVi,
      titleEn,
      summaryVi: `${titleVi}: ${benefits[0][0]}, ${benefits[1][0]}. ${evidence[0]}. Phù hợp cho ${buyers[0][0]}, ${buyers[1][0]}.`,
      summaryEn: `${titleEn}: ${benefits[0][1]} and ${benefits[1][1]}. ${evidence[1]}. Suited to ${buyers[0][1]} and ${buyers[1][1]}.`,
      descriptionVi: rng.chance(0.4) ? markdown(details.problemSolved, details.advantages, details.trlEvidence) : null,
      fieldCode: t.field,
      trl: rng.int(t.trl[0], t.trl[1]),
      appraisalLevel: rng.chance(0.15) ? rng.weighted(APPRAISAL_LEVELS) : null,
      keywords: [...t.keywords, ...(subject[0] ? [subject[0]] : [])],
      ...this.price(t.price, [
        [PriceType.FIXED, 40],
        [PriceType.RANGE, 30],
        [PriceType.NEGOTIABLE, 30],
      ]),
      details,
    };
  }

  private equipmentOffer() {
    const { rng } = this;
    const t = rng.pick(EQUIPMENT_TEMPLATES);
    const sizeIndex = rng.int(0, t.sizes.length - 1);
    const size = t.sizes[sizeIndex];
    const [make, origin] = rng.pick(t.makes);
    const condition = rng.weighted([
      ['NEW', 45],
      ['USED', 35],
      ['REFURBISHED', 10],
      ['IN_SERVICE', 10],
    ] as const);
    const reason = rng.pick(EQUIPMENT_REASONS);
    const titleVi = fill(t.vi, String(size), '{n}');
    const titleEn = fill(t.en, String(size), '{n}');
    // Bigger machines cost more: place the price within the template's range by size.
    const scale = (sizeIndex + 1) / t.sizes.length;
    const priceRange = [t.price[0], t.price[0] + (t.price[1] - t.price[0]) * scale] as const;
    const details: EquipmentOfferDetails = {
      make,
      model: `${slugify(make).slice(0, 3).toUpperCase()}-${size}${rng.pick(['', 'A', 'S', 'Pro'])}`,
      origin,
      year: rng.int(2012, 2025),
      condition,
      hoursOfUse: condition === 'USED' || condition === 'REFURBISHED' ? rng.int(300, 30_000) : null,
      specifications: {
        'Quy cách': titleVi,
        'Nguồn điện': rng.pick(['220 V, 1 pha', '380 V, 3 pha']),
        'Kích thước (D × R × C)': `${rng.int(8, 60) * 100} × ${rng.int(6, 30) * 100} × ${rng.int(8, 40) * 100} mm`,
        'Khối lượng': `${rng.int(1, 200) * 10} kg`,
      },
      quantity: rng.weighted([
        [1, 80],
        [2, 12],
        [rng.int(3, 10), 8],
      ] as const),
      installation: rng.pick(['Lắp đặt, chạy thử tại cơ sở bên mua', 'Giao tại kho bên bán', 'Hỗ trợ tháo dỡ, bên mua vận chuyển']),
      warranty: condition === 'NEW' ? rng.pick(['12 tháng', '18 tháng', '24 tháng']) : rng.pick(['Không bảo hành', '3 tháng', '6 tháng']),
      knowHowIncluded: rng.chance(0.3),
      canDemonstrate: rng.chance(0.6),
      dealTypes: rng.chance(0.8) ? ['SALE'] : ['SALE', 'LEASE'],
    };
    return {
      titleVi,
      titleEn,
      summaryVi: `${titleVi}, ${make} (${origin}), đời ${details.year}. ${reason[0]}.`,
      summaryEn: `${titleEn}, ${MAKES_EN[make] ?? make} (${COUNTRIES_EN[origin] ?? origin}), built ${details.year}. ${reason[1]}.`,
      descriptionVi: null,
      fieldCode: t.field,
      trl: null,
      appraisalLevel: null,
      keywords: [...t.keywords],
      ...this.price(priceRange, [
        [PriceType.FIXED, 75],
        [PriceType.RANGE, 5],
        [PriceType.NEGOTIABLE, 20],
      ]),
      details,
    };
  }

  private technologyRequest() {
    const { rng } = this;
    const t = rng.pick(REQUEST_TEMPLATES);
    const subject = rng.pick(t.subjects);
    const size = String(rng.pick(t.sizes));
    const titleVi = fill(fill(t.vi, subject[0]), size, '{n}');
    const titleEn = fill(fill(t.en, subject[1]), size, '{n}');
    const problem = PROBLEMS[t.problem];
    const minTrl = rng.int(t.minTrl[0], t.minTrl[1]);
    const price = this.price(t.budget, [
      [PriceType.RANGE, 60],
      [PriceType.NEGOTIABLE, 40],
    ]);
    const details: TechnologyRequestDetails = {
      problem: problem[0],
      currentSolution: rng.pick(CURRENT_SOLUTIONS),
      requiredSpecs: rng.sample(
        [
          `Công nghệ đạt tối thiểu TRL ${minTrl}`,
          `Chi phí vận hành giảm ít nhất ${rng.int(10, 40)}%`,
          'Có chuyên gia hướng dẫn tại chỗ',
          'Thiết bị sản xuất trong nước hoặc có đại lý bảo hành tại tỉnh',
          `Hoàn thành lắp đặt trong ${rng.int(2, 12)} tuần`,
        ],
        rng.int(2, 4),
      ),
      minTrl,
      budget: { min: price.priceMin, max: price.priceMax },
      responseDeadline: '', // set by listing() once the posting date is known
      partnerType: rng.sample(['ST_ORGANISATION', 'ST_ENTERPRISE', 'ENTERPRISE', 'UNIVERSITY_INSTITUTE'] as const, rng.int(1, 3)),
    };
    return {
      titleVi,
      titleEn,
      summaryVi: `${problem[0]}. ${titleVi}; ưu tiên giải pháp đạt TRL ${minTrl} trở lên.`,
      summaryEn: `${problem[1]}. ${titleEn}; TRL ${minTrl} or above preferred.`,
      descriptionVi: null,
      fieldCode: t.field,
      trl: minTrl,
      appraisalLevel: null,
      keywords: [...t.keywords, ...(subject[0] ? [subject[0]] : [])],
      ...price,
      details,
    };
  }

  private price(
    millions: readonly [number, number],
    types: readonly (readonly [PriceType, number])[],
  ): { priceType: PriceType; priceMin: number | null; priceMax: number | null } {
    const { rng } = this;
    const priceType = rng.weighted(types);
    const low = rng.int(millions[0], millions[1]);
    switch (priceType) {
      case PriceType.NEGOTIABLE:
        return { priceType, priceMin: null, priceMax: null };
      case PriceType.FIXED:
        return { priceType, priceMin: low * MILLION, priceMax: low * MILLION };
      default:
        return { priceType, priceMin: low * MILLION, priceMax: Math.round(low * rng.int(120, 200) / 100) * MILLION };
    }
  }

  private listingDates(status: ModerationStatus) {
    const { rng } = this;
    // Squaring skews towards recent dates: most listings are from the last months, a tail reaches two years back.
    const publishedAt = WAS_PUBLIC.has(status)
      ? this.daysAgo(status === ModerationStatus.EXPIRED ? rng.int(200, 730) : Math.floor(730 * rng.next() ** 2))
      : null;
    const createdAt = this.before(publishedAt ?? this.daysAgo(rng.int(0, 120)), rng.int(1, 20));
    const daysLeft =
      status === ModerationStatus.EXPIRED
        ? -rng.int(1, 180)
        : status === ModerationStatus.PUBLISHED
          ? rng.int(14, 540)
          : publishedAt // archived or unpublished: may have run out since
            ? rng.int(-100, 365)
            : rng.int(30, 365);
    const validUntil = this.daysAgo(-daysLeft);
    return { publishedAt, createdAt, validUntil, updatedAt: publishedAt ?? createdAt };
  }

  /** A moment `days` before today, at a random time of day so rows do not tie on timestamps. */
  private daysAgo(days: number): Date {
    return new Date(this.today - days * DAY_MS + this.rng.int(0, DAY_MS - 1));
  }

  private before(date: Date, days: number): Date {
    return new Date(date.getTime() - days * DAY_MS);
  }

  private percent([vi, en]: Term): Term {
    const p = String(this.rng.int(15, 60));
    return [fill(vi, p, '{p}'), fill(en, p, '{p}')];
  }

  private count([vi, en]: Term): Term {
    const n = String(this.rng.int(3, 40));
    return [fill(vi, n, '{n}'), fill(en, n, '{n}')];
  }
}

/** A unique slug: the title's, shortened so the serial always fits. */
function withSerial(title: string, serial: number): string {
  const suffix = `-${serial}`;
  return `${slugify(title, SLUG_MAX_LENGTH - suffix.length)}${suffix}`;
}

function fill(template: string, value: string, placeholder = '{s}'): string {
  return template.replace(placeholder, value).replace(/\s+/g, ' ').trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function markdown(problem: string, advantages: string[], evidence: string): string {
  return `**Vấn đề:** ${problem}.\n\n**Ưu điểm:**\n${advantages.map((a) => `- ${a}`).join('\n')}\n\n**Minh chứng:** ${evidence}.`;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
