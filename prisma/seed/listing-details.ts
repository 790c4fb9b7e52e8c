// The kind-specific field sets a listing keeps in its JSON `details` column, as the seeds write them.
// Types, not interfaces, so they stay assignable to Prisma's JSON input type.
// Codes follow the Law on Technology Transfer 2017 (Luật Chuyển giao công nghệ): objects (art. 4), forms (art. 5),
// modes (art. 6); free text is Vietnamese, the listing's primary language.

/** Art. 4: what is transferred. */
export type TransferObject =
  | 'KNOW_HOW' // bí quyết kỹ thuật, bí quyết công nghệ
  | 'PROCESS_DESIGN_SOFTWARE' // phương án, quy trình; giải pháp, thông số, bản vẽ; công thức, phần mềm, dữ liệu
  | 'RATIONALISATION' // giải pháp hợp lý hóa sản xuất, đổi mới công nghệ
  | 'MACHINERY_WITH_TECHNOLOGY'; // máy móc, thiết bị đi kèm một trong các đối tượng trên

/** Art. 5: how the transfer is contracted. */
export type TransferForm =
  | 'STANDALONE_CONTRACT' // hợp đồng chuyển giao công nghệ độc lập
  | 'INVESTMENT_PROJECT' // phần chuyển giao công nghệ trong dự án đầu tư
  | 'CAPITAL_CONTRIBUTION' // góp vốn bằng công nghệ
  | 'FRANCHISE' // nhượng quyền thương mại
  | 'IP_RIGHT_TRANSFER' // chuyển giao quyền sở hữu trí tuệ
  | 'MACHINERY_SALE_WITH_KNOW_HOW'; // mua, bán máy móc, thiết bị kèm đối tượng công nghệ

/** Art. 6: how the technology reaches the buyer. */
export type TransferMode = 'DOCUMENTS' | 'TRAINING' | 'EXPERT_ASSISTANCE' | 'MACHINERY';

export type DealType = 'SALE' | 'LICENSE' | 'JOINT_DEVELOPMENT' | 'CAPITAL_CONTRIBUTION' | 'SERVICE' | 'LEASE';

export type TransferRights = {
  kind: 'OWNERSHIP' | 'RIGHT_OF_USE';
  exclusive: boolean;
  territory: string;
  sublicensing: boolean;
}

export type TechnologyOfferDetails = {
  problemSolved: string;
  advantages: string[];
  applications: string[];
  trlEvidence: string;
  transferObjects: TransferObject[];
  transferForms: TransferForm[];
  transferModes: TransferMode[];
  rights: TransferRights;
  dealTypes: DealType[];
  support: string;
  /** What the price is for when it is not the whole deal, e.g. "cho 1 ha". */
  priceUnit?: string;
  /** Whether the technical dossier is shown to any signed-in buyer, or only after an NDA. */
  dossierPublic: boolean;
}

export type EquipmentCondition = 'NEW' | 'USED' | 'REFURBISHED' | 'IN_SERVICE';

export type EquipmentOfferDetails = {
  make: string;
  model: string;
  origin: string;
  year: number;
  condition: EquipmentCondition;
  hoursOfUse: number | null;
  specifications: Record<string, string>;
  quantity: number;
  installation: string;
  warranty: string;
  knowHowIncluded: boolean;
  canDemonstrate: boolean;
  dealTypes: DealType[];
  /** What the price is for when it is not the whole deal, e.g. "đồng/chỉ tiêu". */
  priceUnit?: string;
}

export type PartnerType = 'ST_ORGANISATION' | 'ST_ENTERPRISE' | 'ENTERPRISE' | 'UNIVERSITY_INSTITUTE' | 'ANY';

export type TechnologyRequestDetails = {
  problem: string;
  currentSolution: string;
  requiredSpecs: string[];
  minTrl: number;
  /** VND; null when the requester wants proposals first. */
  budget: { min: number | null; max: number | null };
  /** ISO date (YYYY-MM-DD) by which proposals are wanted. */
  responseDeadline: string;
  partnerType: PartnerType[];
}
