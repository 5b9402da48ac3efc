import { NotFoundView } from '@/components/shell/not-found-view';

export const metadata = { title: 'Not found' };

export default NotFoundView;
