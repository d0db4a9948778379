// Shapes of the public HTTP API that the UI uses (see the API contract).

export type StaffRole = 'administrator' | 'customer_manager' | 'property_manager' | 'finance';

export interface TenantUser {
  kind: 'tenant';
  id: string;
  username: string;
  name: string | null;
  customer: { id: string; name: string };
}

export interface StaffUser {
  kind: 'staff';
  id: string;
  email: string;
  name: string;
  role: StaffRole;
}

export type SessionUser = TenantUser | StaffUser;

export interface SessionResponse {
  user: SessionUser | null;
  csrfToken: string;
}

export interface Address {
  street: string;
  postalCode: string;
  city: string;
}

export interface Landlord {
  name: string;
  orgNumber: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  address: Address;
  links: { label: string; url: string }[];
}

export type LeaseStatus = 'upcoming' | 'active' | 'terminated';
export type ObjectType = 'premises' | 'apartment' | 'parking' | 'storage';

export interface LeaseObject {
  id: string;
  number: string;
  type: ObjectType;
  areaSqm: number | null;
  address: string;
}

export interface LeaseSummary {
  id: string;
  number: string;
  status: LeaseStatus;
  startDate: string;
  endDate: string | null;
  billingPeriod: 'monthly' | 'quarterly';
  yearlyRentOre: number;
  objects: LeaseObject[];
}

export type RentKind = 'base_rent' | 'index' | 'property_tax' | 'heating' | 'parking' | 'service';

export interface RentRow {
  kind: RentKind;
  description: string;
  amountOre: number;
  per: 'year' | 'month';
  vatRatePercent: 0 | 25;
}

export interface LeaseDetail extends Omit<LeaseSummary, 'objects'> {
  noticePeriodMonths: number;
  signing: 'digital' | 'manual';
  rentRows: RentRow[];
  objects: (LeaseObject & { spaces: { id: string; kind: string; name: string }[] })[];
}

export interface PortalMe {
  username: string;
  name: string | null;
  email: string | null;
  emailVerified: boolean;
  mobile: string | null;
  mobileVerified: boolean;
  customer: {
    name: string;
    identityNumber: string;
    email: string | null;
    mobile: string | null;
    address: Address;
  };
}

export interface BackofficeSummary {
  customers: number;
  properties: number;
  rentalObjects: number;
  activeLeases: number;
  tenantUsers: number;
}

export interface CustomerRow {
  id: string;
  name: string;
  identityNumber: string;
  email: string | null;
  mobile: string | null;
  customerManager: string | null;
  leaseCount: number;
  tenantUserCount: number;
}

export interface PropertyRow {
  id: string;
  designation: string;
  name: string;
  propertyManager: string | null;
  buildings: { id: string; name: string; address: string; rentalObjectCount: number }[];
}

export type MessageStatus = 'queued' | 'sending' | 'sent' | 'retrying' | 'failed';

export interface OutgoingMessage {
  id: string;
  channel: 'email' | 'sms';
  to: string;
  subject: string | null;
  text: string;
  status: MessageStatus;
  transport: string | null;
  attempts: number;
  createdAt: string;
  sentAt: string | null;
}

// Registration, verification and password reset (public)

export type Channel = 'email' | 'sms';

export interface MaskedChannel {
  channel: Channel;
  masked: string;
}

export interface ContactPrefill {
  name: string | null;
  email: string | null;
  mobile: string | null;
}

export interface RegistrationStarted {
  registrationId: string;
  channels: MaskedChannel[];
}

export interface CodeSent {
  channel: Channel;
  masked: string;
  expiresAt: string;
  resendAvailableAt: string;
}

export type VerificationLinkResult =
  | { purpose: 'registration'; registrationId: string; prefill: ContactPrefill }
  | { purpose: 'password_reset'; resetId: string }
  | { purpose: 'contact_change'; kind: ContactKind };

// Mina uppgifter

export type ContactKind = 'email' | 'mobile';

export interface ContactCodeSent {
  kind: ContactKind;
  masked: string;
  expiresAt: string;
  resendAvailableAt: string;
}

export interface PortalSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  ip: string | null;
  current: boolean;
}

// Staff sign-in

export type StaffLoginChallenge =
  | { step: 'totp'; challengeId: string }
  | { step: 'totp_setup'; challengeId: string; secret: string; otpauthUri: string; qrDataUrl: string };

export interface StaffTotpResult {
  user: StaffUser;
  recoveryCodes?: string[];
}

// Back office: customers, staff, audit log

export type TenantUserState = 'unverified' | 'active' | 'locked' | 'deactivated';

export interface CustomerDetail {
  id: string;
  name: string;
  identityNumber: string;
  kind: 'company' | 'private';
  address: Address;
  email: string | null;
  mobile: string | null;
  customerManager: string | null;
  canEditContact: boolean;
  leases: { id: string; number: string; status: LeaseStatus; startDate: string; endDate: string | null; objects: string }[];
  tenantUsers: {
    id: string;
    username: string;
    name: string | null;
    email: string | null;
    mobile: string | null;
    state: TenantUserState;
    createdAt: string;
    lastLoginAt: string | null;
  }[];
}

export type StaffState = 'invited' | 'active' | 'deactivated';

export interface StaffRow {
  id: string;
  email: string;
  name: string;
  role: StaffRole;
  state: StaffState;
  totpEnabled: boolean;
  lastLoginAt: string | null;
}

export type ActorKind = 'tenant' | 'staff' | 'system' | 'anonymous';

export interface AuditEvent {
  id: string;
  at: string;
  actorKind: ActorKind;
  actor: string | null;
  action: string;
  subject: string | null;
  ip: string | null;
  details: Record<string, unknown>;
}

// Attachments (files on cases, messages and notices)

export interface AttachmentView {
  id: string;
  filename: string;
  contentType: string;
  /** Bytes. */
  size: number;
  /** Same-origin path; the answer is Content-Disposition: attachment, so a link downloads it. */
  url: string;
  /** A small WebP of an image (url + ?size=thumbnail); null for PDFs. */
  thumbnailUrl: string | null;
}

// Cases (Ärenden)

export type CaseStatus = 'registered' | 'in_progress' | 'waiting_for_tenant' | 'closed';
export type CaseKind = 'service_request' | 'option_order' | 'related';

export interface CaseCategory {
  code: string;
  name: string;
}

export interface CaseSummary {
  id: string;
  number: string;
  kind: CaseKind;
  category: CaseCategory;
  title: string;
  status: CaseStatus;
  createdAt: string;
  updatedAt: string;
  lease: { id: string; number: string } | null;
}

export interface CaseMessage {
  id: string;
  author: 'tenant' | 'staff';
  authorName: string;
  body: string;
  /** A note for staff only; tenants never receive these. */
  internal: boolean;
  createdAt: string;
  attachments: AttachmentView[];
}

export interface CaseHistoryEntry {
  status: CaseStatus;
  at: string;
  by: string | null;
}

export interface CaseDetail extends CaseSummary {
  description: string;
  closedAt: string | null;
  rentalObject: { id: string; number: string } | null;
  space: { id: string; name: string } | null;
  /** Files given when the case was opened, or a notice's files on a related case. */
  attachments: AttachmentView[];
  messages: CaseMessage[];
  history: CaseHistoryEntry[];
}

export interface NamedRef {
  id: string;
  name: string;
}

export interface StaffCaseRow extends CaseSummary {
  customer: NamedRef;
  responsible: NamedRef | null;
  /** Since when the case waits for the landlord; null when it waits for the tenant or is closed. */
  waitingSince: string | null;
}

export interface StaffCaseDetail extends CaseDetail {
  customer: NamedRef;
  responsible: NamedRef | null;
}

/** The answer of every back-office case endpoint that returns one case. */
export interface StaffCaseResponse {
  case: StaffCaseDetail;
  staff: NamedRef[];
}

export type NoticeAudienceKind = 'property' | 'building' | 'customers' | 'all';

export interface NoticeAudience {
  kind: NoticeAudienceKind;
  ids: string[];
}

export interface NoticePreview {
  customers: number;
  users: number;
  emails: number;
  sms: number;
}

export interface DeliveryCounts {
  sent: number;
  failed: number;
  pending: number;
}

export interface NoticeRow {
  id: string;
  title: string;
  createdAt: string;
  createdBy: string;
  /** A readable description of the audience, already translated by the server. */
  audience: string;
  customers: number;
  delivery: { email: DeliveryCounts; sms: DeliveryCounts };
}

export interface NoticeRecipient {
  customer: { id: string; name: string };
  channel: 'email' | 'sms';
  to: string;
  status: MessageStatus;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
}

export interface NoticeDetail {
  id: string;
  title: string;
  text: string;
  createdAt: string;
  createdBy: string;
  audience: string;
  customers: number;
  attachments: AttachmentView[];
  recipients: NoticeRecipient[];
}
