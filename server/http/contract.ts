// The public HTTP API as TypeScript types, derived from the route schemas (TypeBox `Static`), so the web
// app's types are the server's: when a response changes and the web does not follow, `npm run typecheck`
// fails. The web imports this module as `@api`, with `import type` only (eslint enforces it), so no
// server code reaches the browser bundle. Every import here is type-only for the same reason.
//
// The names are the web's; a request body the web sends ends in `Body`. Lists and single answers are
// the whole response (`CaseList` is `{ cases: CaseSummary[] }`), so a renamed wrapper fails too.
import type { Static } from '@sinclair/typebox';
import type * as schemas from './schemas.ts';
import type * as attachments from '../presenters/attachments.ts';
import type * as cases from '../presenters/cases.ts';
import type * as leases from '../presenters/leases.ts';
import type * as invoices from '../presenters/invoices.ts';
import type * as payments from '../presenters/payments.ts';
import type * as invoiceRuns from '../presenters/invoice-runs.ts';
import type * as messages from '../presenters/messages.ts';
import type * as session from '../presenters/session.ts';
import type * as files from '../routes/files.ts';
import type * as landlord from '../routes/landlord.ts';
import type * as registrations from '../routes/registrations.ts';
import type * as passwordResets from '../routes/password-resets.ts';
import type * as staffInvitations from '../routes/staff-invitations.ts';
import type * as sessionRoutes from '../routes/session.ts';
import type * as portalCases from '../routes/portal/cases.ts';
import type * as portalInvoices from '../routes/portal/invoices.ts';
import type * as me from '../routes/portal/me.ts';
import type * as audit from '../routes/backoffice/audit.ts';
import type * as backofficeCases from '../routes/backoffice/cases.ts';
import type * as customers from '../routes/backoffice/customers.ts';
import type * as backofficeMessages from '../routes/backoffice/messages.ts';
import type * as notices from '../routes/backoffice/notices.ts';
import type * as invoiceRunRoutes from '../routes/backoffice/invoice-runs.ts';
import type * as staffInvoiceRoutes from '../routes/backoffice/invoices.ts';
import type * as staffInvoices from '../presenters/staff-invoices.ts';
import type * as staffPayments from '../presenters/staff-payments.ts';
import type * as collectionSettings from '../routes/backoffice/collection-settings.ts';
import type * as staffPaymentRoutes from '../routes/backoffice/payments.ts';
import type * as bankFiles from '../presenters/bank-files.ts';
import type * as leaseDocuments from '../routes/backoffice/lease-documents.ts';
import type * as noticeViews from '../presenters/notices.ts';
import type * as registers from '../presenters/registers.ts';
import type * as optionViews from '../presenters/options.ts';
import type * as portalOptions from '../routes/portal/options.ts';
import type * as staffOptions from '../routes/backoffice/options.ts';
import type * as leaseRegister from '../routes/backoffice/leases.ts';
import type * as properties from '../routes/backoffice/properties.ts';
import type * as rentalObjects from '../routes/backoffice/rental-objects.ts';
import type * as propertyRegister from '../presenters/property-register.ts';
import type * as staff from '../routes/backoffice/staff.ts';
import type * as summary from '../routes/backoffice/summary.ts';
import type * as debt from '../presenters/debt.ts';
import type * as reminders from '../presenters/reminders.ts';
import type * as exportRoutes from '../routes/backoffice/exports.ts';

/** The body of every error answer: `{ error: { code, message, details? } }`. */
export type ErrorBody = Static<typeof schemas.ErrorBody>;
export type Address = Static<typeof schemas.Address>;

// Session and login (/api/session, /api/auth/*)

export type TenantUser = Static<typeof session.TenantUserView>;
export type StaffUser = Static<typeof session.StaffUserView>;
export type SessionUser = Static<typeof session.SessionUserView>;
export type StaffRole = StaffUser['role'];
export type StaffAbility = StaffUser['abilities'][number];
export type SessionResponse = Static<typeof session.SessionView>;
/** The answer of the tenant login. */
export type SignedIn = Static<typeof session.SignedInView>;
export type StaffLoginChallenge = Static<typeof session.StaffLoginChallengeView>;
/** The answer of the staff's second step (TOTP, or a recovery code); recovery codes only at the first login. */
export type StaffSignedIn = Static<typeof session.StaffSignedInView>;
export type TenantLoginBody = Static<typeof sessionRoutes.TenantLoginBody>;
export type StaffLoginBody = Static<typeof sessionRoutes.StaffLoginBody>;
export type StaffTotpBody = Static<typeof sessionRoutes.StaffTotpBody>;
export type StaffRecoveryBody = Static<typeof sessionRoutes.StaffRecoveryBody>;

// Public: the landlord, registration, verification links, password reset, staff invitations

export type Landlord = Static<typeof landlord.LandlordView>;

export type RegistrationBody = Static<typeof registrations.RegistrationBody>;
export type RegistrationStarted = Static<typeof registrations.RegistrationStartedView>;
export type MaskedChannel = RegistrationStarted['channels'][number];
export type Channel = MaskedChannel['channel'];
export type RegistrationSendBody = Static<typeof registrations.RegistrationSendBody>;
export type CodeSent = Static<typeof registrations.CodeSentView>;
export type RegistrationVerifyBody = Static<typeof registrations.RegistrationVerifyBody>;
export type RegistrationVerified = Static<typeof registrations.RegistrationVerifiedView>;
export type ContactPrefill = Static<typeof registrations.PrefillView>;
export type RegistrationDetailsBody = Static<typeof registrations.RegistrationDetailsBody>;
export type RegistrationCompleted = Static<typeof registrations.RegistrationCompletedView>;
export type VerificationLinkBody = Static<typeof registrations.VerificationLinkBody>;
export type VerificationLinkResult = Static<typeof registrations.VerificationLinkView>;

export type PasswordResetBody = Static<typeof passwordResets.PasswordResetBody>;
export type PasswordResetStarted = Static<typeof passwordResets.PasswordResetStartedView>;
export type PasswordResetVerifyBody = Static<typeof passwordResets.PasswordResetVerifyBody>;
export type PasswordResetVerified = Static<typeof passwordResets.PasswordResetVerifiedView>;
export type PasswordResetCompleteBody = Static<typeof passwordResets.PasswordResetCompleteBody>;
export type PasswordResetCompleted = Static<typeof passwordResets.PasswordResetCompletedView>;

export type InvitationInspectBody = Static<typeof staffInvitations.InvitationInspectBody>;
export type StaffInvitation = Static<typeof staffInvitations.StaffInvitationView>;
export type InvitationAcceptBody = Static<typeof staffInvitations.InvitationAcceptBody>;
export type InvitationAccepted = Static<typeof staffInvitations.InvitationAcceptedView>;

// Attachments (files on cases, messages and notices)

export type AttachmentView = Static<typeof attachments.AttachmentView>;
/** The answer of an upload (portal or back office). */
export type UploadResponse = Static<typeof files.UploadView>;

// Portal: leases

export type LeaseObject = Static<typeof leases.ObjectView>;
export type ObjectType = LeaseObject['type'];
export type LeaseSummary = Static<typeof leases.LeaseSummaryView>;
export type LeaseStatus = LeaseSummary['status'];
export type LeaseDetail = Static<typeof leases.LeaseDetailView>;
export type RentRow = LeaseDetail['rentRows'][number];
export type RentKind = RentRow['kind'];
export type LeaseList = Static<typeof leases.LeaseListView>;
export type LeaseResponse = Static<typeof leases.LeaseResponseView>;
export type LeaseCopyRequest = Static<typeof leases.LeaseCopyRequestView>;
export type LeaseDocumentBody = Static<typeof leaseDocuments.LeaseDocumentBody>;
export type LeaseDocument = Static<typeof leaseDocuments.LeaseDocumentView>;

// Portal: invoices (Avier & fakturor)

export type InvoiceKind = Static<typeof invoices.InvoiceKindView>;
export type InvoiceStatus = Static<typeof invoices.InvoiceStatusView>;
export type PeriodTitle = Static<typeof invoices.PeriodTitleView>;
export type InvoiceSummary = Static<typeof invoices.InvoiceSummaryView>;
export type InvoiceList = Static<typeof invoices.InvoiceListView>;
export type InvoiceListQuery = Static<typeof portalInvoices.InvoiceListQuery>;
export type InvoiceRow = Static<typeof invoices.InvoiceRowView>;
export type VatByRate = Static<typeof invoices.VatByRateView>;
export type InvoiceRef = Static<typeof invoices.InvoiceRefView>;
export type PaymentQr = Static<typeof invoices.PaymentQrView>;
export type InvoiceDetail = Static<typeof invoices.InvoiceDetailView>;
export type InvoicePayment = InvoiceDetail['payments'][number];
export type InvoiceResponse = Static<typeof invoices.InvoiceResponseView>;

// Portal: payments (Inbetalningar) and the balance

export type Payment = Static<typeof payments.PaymentView>;
export type PaymentList = Static<typeof payments.PaymentListView>;
export type Balance = Static<typeof payments.BalanceView>;

// Portal: Mina uppgifter

export type PortalMe = Static<typeof me.MeView>;
export type MyNameBody = Static<typeof me.MyNameBody>;
export type ContactChangeBody = Static<typeof me.ContactChangeBody>;
export type ContactCodeSent = Static<typeof me.ContactCodeSentView>;
export type ContactKind = ContactCodeSent['kind'];
export type ContactVerifyBody = Static<typeof me.ContactVerifyBody>;
export type PasswordChangeBody = Static<typeof me.PasswordChangeBody>;
export type PortalSessionList = Static<typeof me.PortalSessionListView>;
export type PortalSession = PortalSessionList['sessions'][number];

// Cases (Ärenden), portal and back office

export type CaseCategory = Static<typeof cases.CaseCategoryView>;
export type NamedRef = Static<typeof cases.NamedRefView>;
export type CaseSummary = Static<typeof cases.CaseSummaryView>;
export type CaseStatus = CaseSummary['status'];
export type CaseKind = CaseSummary['kind'];
export type CaseDetail = Static<typeof cases.CaseDetailView>;
export type CaseMessage = CaseDetail['messages'][number];
export type CaseHistoryEntry = CaseDetail['history'][number];
export type CaseCategoryList = Static<typeof cases.CaseCategoryListView>;
export type CaseList = Static<typeof cases.CaseListView>;
export type CaseResponse = Static<typeof cases.CaseResponseView>;
export type NewCaseBody = Static<typeof portalCases.NewCaseBody>;
export type CaseMessageBody = Static<typeof portalCases.CaseMessageBody>;

export type StaffCaseRow = Static<typeof cases.StaffCaseSummaryView>;
export type StaffCaseDetail = Static<typeof cases.StaffCaseDetailView>;
export type StaffCaseList = Static<typeof cases.StaffCaseListView>;
/** The answer of every back-office case endpoint that returns one case. */
export type StaffCaseResponse = Static<typeof cases.StaffCaseResponseView>;
export type StaffCaseMessageBody = Static<typeof backofficeCases.StaffCaseMessageBody>;
export type CaseStatusBody = Static<typeof backofficeCases.CaseStatusBody>;
export type CaseAssignBody = Static<typeof backofficeCases.CaseAssignBody>;
export type CaseHandlingBody = Static<typeof backofficeCases.CaseHandlingBody>;
export type StaffCaseHandled = Static<typeof cases.StaffCaseHandledView>;

// Back office: overview, customers, properties, staff, audit log, outbox

export type BackofficeSummary = Static<typeof summary.SummaryView>;
export type WorkCase = BackofficeSummary['work']['cases']['items'][number];

export type CustomerRow = Static<typeof customers.CustomerRowView>;
export type CustomerList = Static<typeof customers.CustomerListView>;
export type CustomerDetail = Static<typeof customers.CustomerView>;
export type TenantUserState = CustomerDetail['tenantUsers'][number]['state'];
export type CustomerResponse = Static<typeof customers.CustomerResponseView>;
export type CustomerContactBody = Static<typeof customers.CustomerContactBody>;
export type NewCustomerBody = Static<typeof customers.NewCustomerBody>;
export type CustomerChangesBody = Static<typeof customers.CustomerChangesBody>;

export type PropertyRow = Static<typeof properties.PropertyView>;
export type PropertyList = Static<typeof properties.PropertyListView>;
export type NewPropertyBody = Static<typeof properties.NewPropertyBody>;
export type PropertyChangesBody = Static<typeof properties.PropertyChangesBody>;
export type NewBuildingBody = Static<typeof properties.NewBuildingBody>;
export type BuildingChangesBody = Static<typeof properties.BuildingChangesBody>;
export type Building = Static<typeof propertyRegister.BuildingView>;
export type PropertyDetail = Static<typeof propertyRegister.PropertyDetailView>;
export type PropertyResponse = Static<typeof propertyRegister.PropertyResponseView>;
export type Managers = Static<typeof propertyRegister.ManagersView>;

export type RentalObjectDetail = Static<typeof propertyRegister.RentalObjectDetailView>;
export type RentalObjectResponse = Static<typeof propertyRegister.RentalObjectResponseView>;
export type Space = Static<typeof propertyRegister.SpaceView>;
export type SpaceKind = Space['kind'];
export type NewRentalObjectBody = Static<typeof rentalObjects.NewRentalObjectBody>;
export type RentalObjectChangesBody = Static<typeof rentalObjects.RentalObjectChangesBody>;
export type NewSpaceBody = Static<typeof rentalObjects.NewSpaceBody>;
export type SpaceChangesBody = Static<typeof rentalObjects.SpaceChangesBody>;

export type StaffRow = Static<typeof staff.StaffRowView>;
export type StaffState = StaffRow['state'];
export type StaffList = Static<typeof staff.StaffListView>;
export type StaffInviteBody = Static<typeof staff.StaffInviteBody>;
export type StaffInvited = Static<typeof staff.StaffInvitedView>;

export type AuditEvent = Static<typeof audit.AuditEventView>;
export type AuditLog = Static<typeof audit.AuditLogView>;

export type OutgoingMessage = Static<typeof messages.MessageView>;
export type MessageStatus = OutgoingMessage['status'];
export type MessageList = Static<typeof messages.MessageListView>;
export type TestMessageBody = Static<typeof backofficeMessages.TestMessageBody>;
export type TestMessageQueued = Static<typeof backofficeMessages.TestMessageQueuedView>;

// Back office: notices (Utskick)

export type NoticeAudience = Static<typeof notices.AudienceBody>;
export type NoticeAudienceKind = NoticeAudience['kind'];
export type NoticePreviewBody = Static<typeof notices.NoticePreviewBody>;
export type NoticePreview = Static<typeof notices.NoticePreviewView>;
export type NewNoticeBody = Static<typeof notices.NewNoticeBody>;
export type NoticeSent = Static<typeof notices.NoticeSentView>;
export type DeliveryCounts = Static<typeof noticeViews.DeliveryCountsView>;
export type NoticeRow = Static<typeof noticeViews.NoticeRowView>;
export type NoticeList = Static<typeof noticeViews.NoticeListView>;
export type NoticeDetail = Static<typeof noticeViews.NoticeDetailView>;
export type NoticeRecipient = NoticeDetail['recipients'][number];
export type NoticeResponse = Static<typeof noticeViews.NoticeResponseView>;

// Back office: the lease register (Avtal)

export type RegisterLeaseRow = Static<typeof registers.RegisterLeaseRowView>;
export type RegisterLeaseList = Static<typeof registers.RegisterLeaseListView>;
export type RegisterLease = Static<typeof registers.RegisterLeaseView>;
export type RegisterRentRow = Static<typeof registers.RegisterRentRowView>;
export type RegisterLeaseResponse = Static<typeof registers.RegisterLeaseResponseView>;
export type RegisterObject = Static<typeof registers.RegisterObjectView>;
export type RegisterObjectList = Static<typeof registers.RegisterObjectListView>;
export type NewLeaseBody = Static<typeof leaseRegister.NewLeaseBody>;
export type LeaseChangesBody = Static<typeof leaseRegister.LeaseChangesBody>;
export type NewRentRowBody = Static<typeof leaseRegister.NewRentRowBody>;
export type RentRowChangesBody = Static<typeof leaseRegister.RentRowChangesBody>;

// Back office: invoice runs (Aviseringskörning)

export type InvoiceRunBody = Static<typeof invoiceRunRoutes.InvoiceRunBody>;
export type SkipReason = Static<typeof invoiceRuns.SkipReasonView>;
export type SkippedLease = Static<typeof invoiceRuns.SkippedLeaseView>;
export type RunPeriod = Static<typeof invoiceRuns.RunPeriodView>;
export type InvoiceRunPreview = Static<typeof invoiceRuns.InvoiceRunPreviewView>;
export type InvoiceRunStatus = Static<typeof invoiceRuns.InvoiceRunStatusView>;
export type InvoiceRun = Static<typeof invoiceRuns.InvoiceRunView>;
export type InvoiceRunList = Static<typeof invoiceRuns.InvoiceRunListView>;
export type InvoiceRunResponse = Static<typeof invoiceRuns.InvoiceRunResponseView>;

// Back office: invoices (Fakturor), one-off invoices and credit notes

export type StaffInvoiceListQuery = Static<typeof staffInvoiceRoutes.StaffInvoiceListQuery>;
export type StaffInvoiceSummary = Static<typeof staffInvoices.StaffInvoiceSummaryView>;
export type StaffInvoiceList = Static<typeof staffInvoices.StaffInvoiceListView>;
export type CreditableRow = Static<typeof staffInvoices.CreditableRowView>;
export type StaffInvoiceDetail = Static<typeof staffInvoices.StaffInvoiceDetailView>;
export type StaffInvoiceResponse = Static<typeof staffInvoices.StaffInvoiceResponseView>;
export type OneOffInvoiceBody = Static<typeof staffInvoiceRoutes.OneOffInvoiceBody>;
export type OneOffInvoiceRowBody = Static<typeof staffInvoiceRoutes.OneOffInvoiceRowBody>;
export type CreditInvoiceBody = Static<typeof staffInvoiceRoutes.CreditInvoiceBody>;
export type IssuedInvoice = Static<typeof staffInvoices.IssuedInvoiceView>;
export type IssuedInvoiceResponse = Static<typeof staffInvoiceRoutes.IssuedInvoiceResponseView>;
export type CreditedInvoiceResponse = Static<typeof staffInvoiceRoutes.CreditedInvoiceResponseView>;

// Back office: bank files (Bankfiler), their imports and reports

export type BankFileStatus = Static<typeof bankFiles.BankFileStatusView>;
export type BankFile = Static<typeof bankFiles.BankFileView>;
export type BankFileList = Static<typeof bankFiles.BankFileListView>;
export type BankFileDetail = Static<typeof bankFiles.BankFileDetailView>;
export type BankFileReport = Static<typeof bankFiles.BankFileReportView>;
export type BankFileError = Static<typeof bankFiles.BankFileErrorView>;
export type BankFileUnmatchedPayment = Static<typeof bankFiles.UnmatchedPaymentView>;
export type BankFileResponse = Static<typeof bankFiles.BankFileResponseView>;
export type BankFileReceived = Static<typeof bankFiles.BankFileReceivedView>;

// Back office: debt (Skulder), reminders on an invoice, the bookkeeping export (Bokföring)

export type AgeBuckets = Static<typeof debt.AgeBucketsView>;
export type Debtor = Static<typeof debt.DebtorView>;
export type DebtorList = Static<typeof debt.DebtorListView>;
export type CustomerDebt = Static<typeof debt.CustomerDebtView>;
export type CustomerDebtResponse = Static<typeof debt.CustomerDebtResponseView>;
export type InvoiceCollection = Static<typeof reminders.InvoiceCollectionView>;
export type SentReminder = Static<typeof reminders.SentReminderView>;
export type SieExportQuery = Static<typeof exportRoutes.SieExportQuery>;
// Back office: payments (Inbetalningar): the unmatched queue, handling a payment by hand, manual payments

export type QueuedPayment = Static<typeof staffPayments.QueuedPaymentView>;
export type PaymentQueue = Static<typeof staffPayments.PaymentQueueView>;
export type StaffPayment = Static<typeof staffPayments.StaffPaymentView>;
export type StaffPaymentHistoryEntry = StaffPayment['history'][number];
export type StaffPaymentAllocation = StaffPayment['allocations'][number];
export type StaffPaymentResponse = Static<typeof staffPayments.StaffPaymentResponseView>;
export type StaffPaymentBooked = Static<typeof staffPayments.StaffPaymentBookedView>;
export type CreditUsed = StaffPaymentBooked['creditUsed'];
export type PaymentInvoiceSearchQuery = Static<typeof staffPaymentRoutes.PaymentInvoiceSearchQuery>;
export type AllocatePaymentBody = Static<typeof staffPaymentRoutes.AllocatePaymentBody>;
export type AssignPaymentBody = Static<typeof staffPaymentRoutes.AssignPaymentBody>;
export type MovePaymentBody = Static<typeof staffPaymentRoutes.MovePaymentBody>;
export type StaffPaymentMoved = Static<typeof staffPayments.StaffPaymentMovedView>;
export type RefundPaymentBody = Static<typeof staffPaymentRoutes.RefundPaymentBody>;
export type UndoAllocationBody = Static<typeof staffPaymentRoutes.UndoAllocationBody>;
export type ManualPaymentBody = Static<typeof staffPaymentRoutes.ManualPaymentBody>;

// Tillval (option ordering): the tenant's catalogue, cart, checkout and orders; staff's catalogue and processing

export type OptionObjectList = Static<typeof optionViews.OptionObjectListView>;
export type OptionCatalogue = Static<typeof optionViews.OptionCatalogueView>;
export type OptionInCatalogue = Static<typeof optionViews.OptionView>;
export type OptionCart = Static<typeof optionViews.CartView>;
export type OptionCartLine = Static<typeof optionViews.CartLineView>;
export type OptionCheckout = Static<typeof optionViews.CheckoutView>;
export type OptionOrderCreated = Static<typeof optionViews.OptionOrderCreatedView>;
export type OptionOrder = Static<typeof optionViews.OptionOrderView>;
export type OptionOrderResponse = Static<typeof optionViews.OptionOrderResponseView>;
export type OptionOrderList = Static<typeof optionViews.OptionOrderListView>;
export type OptionOrderStatus = OptionOrder['status'];
export type CartLineBody = Static<typeof portalOptions.CartLineBody>;
export type CartQuantityBody = Static<typeof portalOptions.CartQuantityBody>;
export type OptionOrderBody = Static<typeof portalOptions.OptionOrderBody>;
export type OptionOrderMoveBody = Static<typeof staffOptions.OptionOrderMoveBody>;
export type OptionCatalogueAdmin = Static<typeof staffOptions.OptionCatalogueAdminView>;
export type OptionTerms = Static<typeof staffOptions.OptionTermsView>;

// Collection settings (reminder fee and days, the bookkeeping export's accounts)
export type CollectionSettingsAnswer = Static<typeof collectionSettings.CollectionSettingsView>;
export type CollectionSettingsBody = Static<typeof collectionSettings.CollectionSettingsBody>;
