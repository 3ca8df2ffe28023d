"use client";

import { TrashIcon } from "@navikt/aksel-icons";
import { Box, Button, Checkbox, HStack, Radio, RadioGroup, Select, TextField, UNSAFE_Combobox, VStack } from "@navikt/ds-react";
import { useState } from "react";

import type { DraftFormLabels } from "./draft-form-labels";
import { type DraftModelOptions, type LotValues, type ReservationValue } from "./draft-model-types";

interface LotRowProps {
  index: number;
  value: LotValues;
  labels: DraftFormLabels;
  model: DraftModelOptions;
  error: (name: string) => string | undefined;
  onRemove?: () => void;
}

/** One lot: name, places, intake, its area (the whole region or chosen municipalities) and its own reservation. */
export function LotRow({ index, value, labels, model, error, onRemove }: LotRowProps) {
  const l = model.labels;
  const [coverage, setCoverage] = useState(value.coverage);
  const [selected, setSelected] = useState<string[]>(value.municipalities);
  const [reservation, setReservation] = useState<"" | ReservationValue>(value.reservation);
  const [basis, setBasis] = useState(value.reservationBasis);
  const name = (field: string) => `lots.${index}.${field}`;
  const chosenOptions = model.municipalities.filter((option) => selected.includes(option.value));

  const chooseReservation = (next: "" | ReservationValue) => {
    const previousDefault = reservation && reservation !== "NONE" ? model.reservationBasis[reservation] : null;
    if (!basis || basis === previousDefault) setBasis(next && next !== "NONE" ? (model.reservationBasis[next] ?? "") : "");
    setReservation(next);
  };

  return (
    <Box padding="space-16" borderWidth="1" borderRadius="8" borderColor="neutral-subtle">
      <VStack gap="space-16">
        <HStack gap="space-16" align="end" wrap>
          <TextField id={`draft-lot-${index}-title`} name={name("title")} label={labels.lotTitle} defaultValue={value.title} error={error(name("title"))} />
          <TextField id={`draft-lot-${index}-places`} name={name("places")} label={labels.places} defaultValue={String(value.places)} inputMode="numeric" htmlSize={6} error={error(name("places"))} />
          <Checkbox name={name("continuousIntake")} defaultChecked={value.continuousIntake}>
            {labels.continuousIntake}
          </Checkbox>
        </HStack>
        <RadioGroup legend={l.area} name={name("coverage")} value={coverage} onChange={(next: LotValues["coverage"]) => setCoverage(next)} size="small">
          <Radio value="region">{l.areaRegion}</Radio>
          <Radio value="municipalities">{l.areaMunicipalities}</Radio>
        </RadioGroup>
        {coverage === "municipalities" && (
          <div>
            <UNSAFE_Combobox
              id={`draft-lot-${index}-municipalities`}
              label={l.municipalities}
              description={l.municipalitiesHelp}
              options={model.municipalities}
              selectedOptions={chosenOptions}
              onToggleSelected={(option, isSelected) => setSelected((current) => (isSelected ? [...current, option] : current.filter((id) => id !== option)))}
              isMultiSelect
              error={error(name("municipalities"))}
            />
            {selected.map((id, position) => (
              <input key={id} type="hidden" name={`${name("municipalities")}.${position}`} value={id} />
            ))}
          </div>
        )}
        <VStack gap="space-16">
          <Select id={`draft-lot-${index}-reservation`} name={name("reservation")} label={l.lotReservation} value={reservation} onChange={(event) => chooseReservation(event.target.value as "" | ReservationValue)} error={error(name("reservation"))}>
            <option value="">{l.lotReservationInherit}</option>
            {(["NONE", "WORK_INCLUSION", "IDEAL"] as const).map((option) => (
              <option key={option} value={option}>
                {l.reservationOptions[option]}
              </option>
            ))}
          </Select>
          {reservation !== "" && reservation !== "NONE" && (
            <TextField id={`draft-lot-${index}-reservationBasis`} name={name("reservationBasis")} label={l.reservationBasis} description={l.reservationBasisHelp} value={basis} onChange={(event) => setBasis(event.target.value)} error={error(name("reservationBasis"))} />
          )}
        </VStack>
        {onRemove && (
          <div>
            <Button type="button" variant="tertiary" icon={<TrashIcon aria-hidden />} onClick={onRemove}>
              {labels.removeLot.replace("{number}", String(index + 1))}
            </Button>
          </div>
        )}
      </VStack>
    </Box>
  );
}
