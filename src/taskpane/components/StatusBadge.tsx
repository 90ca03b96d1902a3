import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { Status } from "../../core/progress";

const COLOURS: Record<Status, BadgeProps["color"]> = {
  Achieved: "success",
  "On track": "success",
  "Acceleration needed": "warning",
  "Limited progress": "danger",
  Deterioration: "danger",
  "Stagnation or regression": "danger",
  "Insufficient data": "informative",
};

export function StatusBadge({ status, size }: { status: Status; size?: BadgeProps["size"] }) {
  return (
    <Badge appearance="tint" size={size} color={COLOURS[status]} aria-label={`Status: ${status}`}>
      {status}
    </Badge>
  );
}
