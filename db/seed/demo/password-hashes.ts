// Made by db/seed/demo/make-password-hashes.ts: DEMO_PASSWORD hashed with scrypt, a salt per account.
// The password is public (the README prints it), so its hashes are too; hashing them at every first
// start cost seconds (decision 130).
export const DEMO_PASSWORD_HASHES: Readonly<Record<string, string>> = {
  admin: 'scrypt$131072$8$1$R24kTyQal_0fJCsxGJYs_g$CB_ktoHGoim42Hr6AGVO6z8nVG9MpeTnfalhQh3gPhI',
  liuzhigang: 'scrypt$131072$8$1$a9G45n0w0Vccc17clpZhxA$PJRTBjyUj0ft5K-G43tv3rbGM_naTHFTAKSqVpsN1W8',
  leader: 'scrypt$131072$8$1$-nEtR3xGP93rnMLeRqW8hw$yapoJoYzbKAZmWh43IsTgwM6thybKUbtHd7A9Vpv5iw',
  zhaohaibo: 'scrypt$131072$8$1$HQDE47xvJ3n4Xk721oiVeA$nH_u3e29K_3KlQOUS0spmE88-41453VQ0r70YK4ekHI',
  sunxiaomei: 'scrypt$131072$8$1$5c0lQ0P8FLgT5I2aYf8pHA$hq7iLpbagVig6sPIZpCeQlsz7CKNunqO0cmIJzZlAzk',
  zhouwenbin: 'scrypt$131072$8$1$VOJMyN-_ukVWY4DH_tKLTg$gHTB--oCWlMpPTwf-216llsZshkzG7wsfVeN28tKPAo',
  wujing: 'scrypt$131072$8$1$iJ2RNOi-5tPQwEREPO2eEQ$aThsCE6HoPjWWy6qgukXghJo2HTyN7no0xsSfE4MloU',
  staff: 'scrypt$131072$8$1$ou-2HuybrzuGaWSsavCo4w$8s5q8j_YXOTKy-4NwJLhqOcD44E0p0Y8615x8A7woNo',
  zhangwei: 'scrypt$131072$8$1$r85iO5vym62716UinyEaOA$n1hF69MaPRGanshqn1kzo4vDsdwAOqzs4ZPAZJLL08Q',
  lina: 'scrypt$131072$8$1$3AK73pGe9lWh5QKAj-zDGA$i4aGlXNJpuwnCghCUpCackkAFw38OIaI7FPspfUvddw',
  yangfan: 'scrypt$131072$8$1$RI3GhvOEAnByv-K2SkkIoQ$fiobZDoz5SsSYvh3S5LQpCqtzL-4XzcIc1cecGFzoxU',
  huangli: 'scrypt$131072$8$1$hL_06FlDWe4FpLZsrHDbsw$cYl-ORXQJ3dT_LiU1PqbzBsgdGhYeBBF-8Z2c5TQw0k',
  machao: 'scrypt$131072$8$1$MW59I3EyAsOcDnnIQMXbtg$mV0WpEbW5fURtcrc7BiDL9ci_rVa6ib1R0IJiB-DVO8',
  guopeng: 'scrypt$131072$8$1$HAIjlnevrtilnorqLnGqFQ$9NIh1itYV9VdQ4vWhtbcMZwZOHLVF5W5ICN1gGjGRPQ',
  hemin: 'scrypt$131072$8$1$x4Hz5Zf_GANNEHT7ed0-5g$F6i24E34_x19jtVBgnj72r0L61WDQ1QwuxcQRTuN17A',
  linxiao: 'scrypt$131072$8$1$cIMbJ892qnStn5hyT3j2xQ$qGOd37kNYweQuwLuvXnHdM23gn5Zqrw4Jv65avEXuGQ',
  gaojie: 'scrypt$131072$8$1$u4ugdy_aW73ROacGD33DQQ$3GAudIQm0Zvg8ukRnAgWGoOFrNt2rfmjyUQJZ-6tcCQ',
  luojun: 'scrypt$131072$8$1$bsSReQzyYJolFdJVsgWPcw$b1c2QvEMeaOZUZPTb-5lYD11MQQLx8sITNFKEl5TDIo',
  songxue: 'scrypt$131072$8$1$t2p8bM-pMaHxK1IMnYDpcw$3ADsZUvf4Pq0cCSCw5RrUbR_zVghRc6CGfwitvNdeQs',
};
