/**
 * Opening one order from outside the Orders screen (a clicked notification, the shell's `open-order`
 * command): the request is kept here until the screen shows it in its detail panel.
 */
import { createStore } from '../../stores/create-store';
import { useNavigation } from '../../stores/navigation';

export const useOrderRequest = createStore<{ orderId: number | null }>(() => ({ orderId: null }));

export function openOrder(orderId: number): void {
  useOrderRequest.setState({ orderId });
  useNavigation.getState().navigate('orders');
}

/** The Orders screen takes the request (once). */
export function takeOrderRequest(): number | null {
  const { orderId } = useOrderRequest.getState();
  if (orderId !== null) useOrderRequest.setState({ orderId: null });
  return orderId;
}
