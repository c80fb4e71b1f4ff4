#pragma once
// Russian Post tracking operation type.attribute pairs (DOMAIN.md §4) with their UPU EMSEVT
// equivalents where one exists.
#include <QString>

namespace pc {

struct TrackingOperation {
    int type = 0;
    int attr = 0;
    friend constexpr bool operator==(TrackingOperation, TrackingOperation) = default;
};

namespace op {
inline constexpr TrackingOperation AcceptanceSingle{1, 1};
inline constexpr TrackingOperation AcceptanceBatch{1, 2};
inline constexpr TrackingOperation AcceptanceBatchElectronic{1, 3};
inline constexpr TrackingOperation DeliveredToAddressee{2, 1};
inline constexpr TrackingOperation DeliveredToSender{2, 2};
inline constexpr TrackingOperation DeliveredBySmsCode{2, 13};
inline constexpr TrackingOperation ReturnStorageExpired{3, 1};
inline constexpr TrackingOperation ReturnAddresseeRefused{3, 4};
inline constexpr TrackingOperation StoragePosteRestante{6, 1};
inline constexpr TrackingOperation StoragePoBox{6, 2};
inline constexpr TrackingOperation StorageStandard{6, 3};
inline constexpr TrackingOperation StorageExtendedByAddressee{6, 4};
inline constexpr TrackingOperation StorageExtendedBySender{6, 5};
inline constexpr TrackingOperation ArrivedAtDeliveryPlace{8, 2};
inline constexpr TrackingOperation NoticeSent{8, 24};
inline constexpr TrackingOperation StorageExpired{8, 40};
inline constexpr TrackingOperation StoragePlaceAssigned{8, 48};
inline constexpr TrackingOperation CancelledOperatorError{26, 2};
inline constexpr TrackingOperation RefusedAlreadyScanned{44, 7};
inline constexpr TrackingOperation CodPaid{63, 0};
} // namespace op

// "EMA" for acceptance, "EMI" for final delivery…; empty where UPU has no equivalent.
QString upuEventCode(TrackingOperation op);

} // namespace pc
