// Package calldata turns a call typed by a person into ABI-encoded
// calldata: "initializeV2(uint256) 42", "withdraw(uint256) 1ether",
// "setOwner(address) 0x…". The upgrade composer's initializer and a
// protocol's regression calls are written this way, and the result is shown
// decoded before anything is signed.
package calldata
