package layout

// Regenerate the test artifacts (testdata/foundry, testdata/hardhat) from
// testdata/src with the pinned compiler of chain/contracts:
//
//	npm ci --prefix chain/contracts
//	go generate ./chain/layout
//
// TestCasesFresh checks the committed artifacts against a fresh compile.

//go:generate node ../contracts/compile.js --layout-cases
