import './lib/i18n/typed-keys';

export { tandemCssVariables, tandemTheme } from './lib/theme/theme';
export { CLIENT_ERROR_CODES, errorDetails, errorMessage, toAppErrorCode } from './lib/errors/app-error';
export type { AppError, AppErrorCode, ErrorMessage } from './lib/errors/app-error';
export { ErrorAlert, type ErrorAlertProps } from './lib/errors/ErrorAlert';
export { PasswordField, type PasswordFieldProps } from './lib/forms/PasswordField';
export { LanguagePicker, type LanguagePickerProps } from './lib/language/LanguagePicker';
export { PageHeader, useDocumentTitle, type PageHeaderProps } from './lib/layout/PageHeader';
export { PageLoader } from './lib/layout/PageLoader';
export { TandemLogo, type TandemLogoProps } from './lib/layout/TandemLogo';
export { CalendarIcon, GlobeIcon, HomeIcon, ListIcon, SignOutIcon, UserIcon } from './lib/layout/icons';
export { BuildingIcon, TandemIcon } from './lib/layout/network-icons';
export { BellIcon, BookIcon, ClipboardIcon } from './lib/layout/programme-icons';
export { MailIcon, UploadIcon, UserPlusIcon } from './lib/layout/people-icons';
export { ChartWithTable, type ChartWithTableProps } from './lib/charts/ChartWithTable';
export {
  BarChart,
  LineChart,
  RadarChart,
  type BarChartProps,
  type LineChartProps,
  type RadarChartProps,
  type RadarChartSeries,
} from './lib/charts/charts';
export { clientFieldError, readFieldErrors, useFieldErrors, type FieldMatch } from './lib/errors/field-errors';
export { PHONE_QUERY, useIsPhone } from './lib/layout/phone';
export { RecordCard, RecordCards, type RecordCardProps, type RecordField } from './lib/layout/RecordCards';
export { DetailItem } from './lib/layout/DetailItem';
export { safeHttpUrl } from './lib/links/safe-http-url';
export { PageSection } from './lib/layout/PageSection';
